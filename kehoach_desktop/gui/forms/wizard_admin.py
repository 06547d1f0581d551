# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_admin.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AdminPageForm(object):
    def setupUi(self, AdminPageForm):
        if not AdminPageForm.objectName():
            AdminPageForm.setObjectName(u"AdminPageForm")
        AdminPageForm.resize(420, 300)
        self.layout = QVBoxLayout(AdminPageForm)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AdminPageForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"note")

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.full_name_label = QLabel(AdminPageForm)
        self.full_name_label.setObjectName(u"full_name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(AdminPageForm)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(200)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.username_label = QLabel(AdminPageForm)
        self.username_label.setObjectName(u"username_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(AdminPageForm)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(50)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(AdminPageForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(AdminPageForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(200)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2_label = QLabel(AdminPageForm)
        self.password2_label.setObjectName(u"password2_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password2_label)

        self.password2 = QLineEdit(AdminPageForm)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.Password)
        self.password2.setMaxLength(200)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password2)


        self.layout.addLayout(self.fields)

        self.hint = QLabel(AdminPageForm)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty(u"kind", u"note")

        self.layout.addWidget(self.hint)

        self.error = QLabel(AdminPageForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"kind", u"error")

        self.layout.addWidget(self.error)

        self.bottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.password2_label.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.password2)

        self.retranslateUi(AdminPageForm)

        QMetaObject.connectSlotsByName(AdminPageForm)
    # setupUi

    def retranslateUi(self, AdminPageForm):
        self.intro.setText(QCoreApplication.translate("AdminPageForm", u"The administrator manages the accounts, the commune's details and the plan. Other officers get their own accounts later, in Settings.", None))
        self.full_name_label.setText(QCoreApplication.translate("AdminPageForm", u"&Full name:", None))
        self.full_name.setPlaceholderText(QCoreApplication.translate("AdminPageForm", u"e.g. Nguy\u1ec5n V\u0103n An", None))
        self.username_label.setText(QCoreApplication.translate("AdminPageForm", u"&Username:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("AdminPageForm", u"e.g. nguyenvanan", None))
        self.password_label.setText(QCoreApplication.translate("AdminPageForm", u"&Password:", None))
        self.password2_label.setText(QCoreApplication.translate("AdminPageForm", u"&Repeat password:", None))
        self.hint.setText(QCoreApplication.translate("AdminPageForm", u"Username: letters without accents, digits, dot, dash or underscore. Password: at least 6 characters.", None))
        self.error.setText("")
        pass
    # retranslateUi

