# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_UserEditorForm(object):
    def setupUi(self, UserEditorForm):
        if not UserEditorForm.objectName():
            UserEditorForm.setObjectName(u"UserEditorForm")
        UserEditorForm.resize(420, 280)
        self.layout = QVBoxLayout(UserEditorForm)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.username_label = QLabel(UserEditorForm)
        self.username_label.setObjectName(u"username_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(UserEditorForm)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(50)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_name_label = QLabel(UserEditorForm)
        self.full_name_label.setObjectName(u"full_name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(UserEditorForm)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(200)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.role_label = QLabel(UserEditorForm)
        self.role_label.setObjectName(u"role_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(UserEditorForm)
        self.role.setObjectName(u"role")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.active = QCheckBox(UserEditorForm)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.active)

        self.password_label = QLabel(UserEditorForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(UserEditorForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(200)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2_label = QLabel(UserEditorForm)
        self.password2_label.setObjectName(u"password2_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password2_label)

        self.password2 = QLineEdit(UserEditorForm)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.Password)
        self.password2.setMaxLength(200)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password2)


        self.layout.addLayout(self.fields)

        self.password_note = QLabel(UserEditorForm)
        self.password_note.setObjectName(u"password_note")
        self.password_note.setWordWrap(True)
        self.password_note.setProperty(u"kind", u"note")

        self.layout.addWidget(self.password_note)

        self.error = QLabel(UserEditorForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"kind", u"error")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.full_name_label.setBuddy(self.full_name)
        self.role_label.setBuddy(self.role)
        self.password_label.setBuddy(self.password)
        self.password2_label.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.role)
        QWidget.setTabOrder(self.role, self.active)
        QWidget.setTabOrder(self.active, self.password)
        QWidget.setTabOrder(self.password, self.password2)

        self.retranslateUi(UserEditorForm)

        QMetaObject.connectSlotsByName(UserEditorForm)
    # setupUi

    def retranslateUi(self, UserEditorForm):
        self.username_label.setText(QCoreApplication.translate("UserEditorForm", u"&Username:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("UserEditorForm", u"e.g. nguyenvanb", None))
        self.full_name_label.setText(QCoreApplication.translate("UserEditorForm", u"&Full name:", None))
        self.full_name.setPlaceholderText(QCoreApplication.translate("UserEditorForm", u"e.g. Nguy\u1ec5n V\u0103n B\u00ecnh", None))
        self.role_label.setText(QCoreApplication.translate("UserEditorForm", u"&Role:", None))
        self.active.setText(QCoreApplication.translate("UserEditorForm", u"&Account active (may log in)", None))
        self.password_label.setText(QCoreApplication.translate("UserEditorForm", u"&Password:", None))
        self.password2_label.setText(QCoreApplication.translate("UserEditorForm", u"R&epeat password:", None))
        self.password_note.setText("")
        self.error.setText("")
        pass
    # retranslateUi

