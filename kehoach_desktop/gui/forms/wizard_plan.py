# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_plan.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlanPageForm(object):
    def setupUi(self, PlanPageForm):
        if not PlanPageForm.objectName():
            PlanPageForm.setObjectName(u"PlanPageForm")
        PlanPageForm.resize(420, 340)
        self.layout = QVBoxLayout(PlanPageForm)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PlanPageForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"note")

        self.layout.addWidget(self.intro)

        self.from_document = QRadioButton(PlanPageForm)
        self.from_document.setObjectName(u"from_document")
        self.from_document.setChecked(True)

        self.layout.addWidget(self.from_document)

        self.from_excel = QRadioButton(PlanPageForm)
        self.from_excel.setObjectName(u"from_excel")

        self.layout.addWidget(self.from_excel)

        self.from_sample = QRadioButton(PlanPageForm)
        self.from_sample.setObjectName(u"from_sample")

        self.layout.addWidget(self.from_sample)

        self.later = QRadioButton(PlanPageForm)
        self.later.setObjectName(u"later")

        self.layout.addWidget(self.later)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_label = QLabel(PlanPageForm)
        self.file_label.setObjectName(u"file_label")

        self.file_row.addWidget(self.file_label)

        self.file_path = QLineEdit(PlanPageForm)
        self.file_path.setObjectName(u"file_path")
        self.file_path.setReadOnly(True)

        self.file_row.addWidget(self.file_path)

        self.browse = QPushButton(PlanPageForm)
        self.browse.setObjectName(u"browse")

        self.file_row.addWidget(self.browse)


        self.layout.addLayout(self.file_row)

        self.note = QLabel(PlanPageForm)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"kind", u"note")

        self.layout.addWidget(self.note)

        self.error = QLabel(PlanPageForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"kind", u"error")

        self.layout.addWidget(self.error)

        self.bottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_path)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_document, self.from_excel)
        QWidget.setTabOrder(self.from_excel, self.from_sample)
        QWidget.setTabOrder(self.from_sample, self.later)
        QWidget.setTabOrder(self.later, self.file_path)
        QWidget.setTabOrder(self.file_path, self.browse)

        self.retranslateUi(PlanPageForm)

        QMetaObject.connectSlotsByName(PlanPageForm)
    # setupUi

    def retranslateUi(self, PlanPageForm):
        self.intro.setText(QCoreApplication.translate("PlanPageForm", u"Where should the plan's indicators come from? A plan read from a file is saved as a draft for you to check against the document before adopting it.", None))
        self.from_document.setText(QCoreApplication.translate("PlanPageForm", u"From the plan &document (resolution or plan: .txt, .docx, .pdf)", None))
        self.from_excel.setText(QCoreApplication.translate("PlanPageForm", u"From the &Excel template (.xlsx)", None))
        self.from_sample.setText(QCoreApplication.translate("PlanPageForm", u"Use the &sample plan with sample figures (to try the program)", None))
        self.later.setText(QCoreApplication.translate("PlanPageForm", u"&Later: I will import the plan afterwards", None))
        self.file_label.setText(QCoreApplication.translate("PlanPageForm", u"&File:", None))
        self.file_path.setPlaceholderText(QCoreApplication.translate("PlanPageForm", u"No file chosen", None))
#if QT_CONFIG(accessibility)
        self.file_path.setAccessibleName(QCoreApplication.translate("PlanPageForm", u"Chosen file", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("PlanPageForm", u"&Browse...", None))
        self.note.setText("")
        self.error.setText("")
        pass
    # retranslateUi

