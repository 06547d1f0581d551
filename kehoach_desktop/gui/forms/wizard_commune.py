# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_commune.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CommunePageForm(object):
    def setupUi(self, CommunePageForm):
        if not CommunePageForm.objectName():
            CommunePageForm.setObjectName(u"CommunePageForm")
        CommunePageForm.resize(420, 300)
        self.layout = QVBoxLayout(CommunePageForm)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(CommunePageForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"note")

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.code_label = QLabel(CommunePageForm)
        self.code_label.setObjectName(u"code_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(CommunePageForm)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(5)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.name_label = QLabel(CommunePageForm)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(CommunePageForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.province_label = QLabel(CommunePageForm)
        self.province_label.setObjectName(u"province_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province = QLineEdit(CommunePageForm)
        self.province.setObjectName(u"province")
        self.province.setMaxLength(200)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.province)


        self.layout.addLayout(self.fields)

        self.province_mode = QCheckBox(CommunePageForm)
        self.province_mode.setObjectName(u"province_mode")

        self.layout.addWidget(self.province_mode)

        self.note = QLabel(CommunePageForm)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"kind", u"note")

        self.layout.addWidget(self.note)

        self.error = QLabel(CommunePageForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"kind", u"error")

        self.layout.addWidget(self.error)

        self.bottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code)
        self.name_label.setBuddy(self.name)
        self.province_label.setBuddy(self.province)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.name)
        QWidget.setTabOrder(self.name, self.province)
        QWidget.setTabOrder(self.province, self.province_mode)

        self.retranslateUi(CommunePageForm)

        QMetaObject.connectSlotsByName(CommunePageForm)
    # setupUi

    def retranslateUi(self, CommunePageForm):
        self.intro.setText(QCoreApplication.translate("CommunePageForm", u"Which commune or ward does this computer keep the plan for? The code is the 5-digit administrative unit code (for example 06253); it identifies the commune's files when they are sent to the province.", None))
        self.code_label.setText(QCoreApplication.translate("CommunePageForm", u"Commune &code:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("CommunePageForm", u"e.g. 06253", None))
        self.name_label.setText(QCoreApplication.translate("CommunePageForm", u"Commune &name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CommunePageForm", u"e.g. X\u00e3 Na D\u01b0\u01a1ng", None))
        self.province_label.setText(QCoreApplication.translate("CommunePageForm", u"&Province:", None))
        self.province.setPlaceholderText(QCoreApplication.translate("CommunePageForm", u"e.g. T\u1ec9nh L\u1ea1ng S\u01a1n", None))
        self.province_mode.setText(QCoreApplication.translate("CommunePageForm", u"This computer &gathers the figures of many communes (a province or district)", None))
        self.note.setText("")
        self.error.setText("")
        pass
    # retranslateUi

