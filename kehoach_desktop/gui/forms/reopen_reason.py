# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reopen_reason.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReasonForm(object):
    def setupUi(self, ReasonForm):
        if not ReasonForm.objectName():
            ReasonForm.setObjectName(u"ReasonForm")
        ReasonForm.resize(420, 200)
        self.layout = QVBoxLayout(ReasonForm)
        self.layout.setObjectName(u"layout")
        self.prompt = QLabel(ReasonForm)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.layout.addWidget(self.prompt)

        self.reason = QPlainTextEdit(ReasonForm)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.layout.addWidget(self.reason)

        self.error = QLabel(ReasonForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"kind", u"error")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonForm)

        QMetaObject.connectSlotsByName(ReasonForm)
    # setupUi

    def retranslateUi(self, ReasonForm):
        self.prompt.setText(QCoreApplication.translate("ReasonForm", u"Why?", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ReasonForm", u"e.g. Correct the official figure of indicator 4", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ReasonForm", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
        pass
    # retranslateUi

