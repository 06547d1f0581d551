# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(900, 560)
        self.layout = QHBoxLayout(SettingsForm)
        self.layout.setObjectName(u"layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.commune_box = QGroupBox(SettingsForm)
        self.commune_box.setObjectName(u"commune_box")
        self.commune_layout = QVBoxLayout(self.commune_box)
        self.commune_layout.setObjectName(u"commune_layout")
        self.commune_fields = QFormLayout()
        self.commune_fields.setObjectName(u"commune_fields")
        self.commune_code_label = QLabel(self.commune_box)
        self.commune_code_label.setObjectName(u"commune_code_label")

        self.commune_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commune_code_label)

        self.commune_code = QLineEdit(self.commune_box)
        self.commune_code.setObjectName(u"commune_code")
        self.commune_code.setMaxLength(5)

        self.commune_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commune_code)

        self.commune_name_label = QLabel(self.commune_box)
        self.commune_name_label.setObjectName(u"commune_name_label")

        self.commune_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commune_name_label)

        self.commune_name = QLineEdit(self.commune_box)
        self.commune_name.setObjectName(u"commune_name")
        self.commune_name.setMaxLength(200)

        self.commune_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commune_name)

        self.commune_province_label = QLabel(self.commune_box)
        self.commune_province_label.setObjectName(u"commune_province_label")

        self.commune_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commune_province_label)

        self.commune_province = QLineEdit(self.commune_box)
        self.commune_province.setObjectName(u"commune_province")
        self.commune_province.setMaxLength(200)

        self.commune_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commune_province)


        self.commune_layout.addLayout(self.commune_fields)

        self.commune_note = QLabel(self.commune_box)
        self.commune_note.setObjectName(u"commune_note")
        self.commune_note.setWordWrap(True)
        self.commune_note.setProperty(u"kind", u"note")

        self.commune_layout.addWidget(self.commune_note)

        self.commune_error = QLabel(self.commune_box)
        self.commune_error.setObjectName(u"commune_error")
        self.commune_error.setWordWrap(True)
        self.commune_error.setProperty(u"kind", u"error")

        self.commune_layout.addWidget(self.commune_error)

        self.commune_buttons = QHBoxLayout()
        self.commune_buttons.setObjectName(u"commune_buttons")
        self.commune_push = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commune_buttons.addItem(self.commune_push)

        self.save_commune = QPushButton(self.commune_box)
        self.save_commune.setObjectName(u"save_commune")

        self.commune_buttons.addWidget(self.save_commune)


        self.commune_layout.addLayout(self.commune_buttons)


        self.left_column.addWidget(self.commune_box)

        self.language_box = QGroupBox(SettingsForm)
        self.language_box.setObjectName(u"language_box")
        self.language_layout = QVBoxLayout(self.language_box)
        self.language_layout.setObjectName(u"language_layout")
        self.language_fields = QFormLayout()
        self.language_fields.setObjectName(u"language_fields")
        self.language_label = QLabel(self.language_box)
        self.language_label.setObjectName(u"language_label")

        self.language_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.language_box)
        self.language.setObjectName(u"language")

        self.language_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)


        self.language_layout.addLayout(self.language_fields)

        self.language_note = QLabel(self.language_box)
        self.language_note.setObjectName(u"language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setProperty(u"kind", u"note")

        self.language_layout.addWidget(self.language_note)


        self.left_column.addWidget(self.language_box)

        self.password_box = QGroupBox(SettingsForm)
        self.password_box.setObjectName(u"password_box")
        self.password_layout = QVBoxLayout(self.password_box)
        self.password_layout.setObjectName(u"password_layout")
        self.password_fields = QFormLayout()
        self.password_fields.setObjectName(u"password_fields")
        self.old_password_label = QLabel(self.password_box)
        self.old_password_label.setObjectName(u"old_password_label")

        self.password_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_password_label)

        self.old_password = QLineEdit(self.password_box)
        self.old_password.setObjectName(u"old_password")
        self.old_password.setEchoMode(QLineEdit.Password)
        self.old_password.setMaxLength(200)

        self.password_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_password)

        self.new_password_label = QLabel(self.password_box)
        self.new_password_label.setObjectName(u"new_password_label")

        self.password_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password = QLineEdit(self.password_box)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setEchoMode(QLineEdit.Password)
        self.new_password.setMaxLength(200)

        self.password_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.new_password2_label = QLabel(self.password_box)
        self.new_password2_label.setObjectName(u"new_password2_label")

        self.password_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_password2_label)

        self.new_password2 = QLineEdit(self.password_box)
        self.new_password2.setObjectName(u"new_password2")
        self.new_password2.setEchoMode(QLineEdit.Password)
        self.new_password2.setMaxLength(200)

        self.password_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_password2)


        self.password_layout.addLayout(self.password_fields)

        self.password_error = QLabel(self.password_box)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setWordWrap(True)
        self.password_error.setProperty(u"kind", u"error")

        self.password_layout.addWidget(self.password_error)

        self.password_ok = QLabel(self.password_box)
        self.password_ok.setObjectName(u"password_ok")
        self.password_ok.setWordWrap(True)
        self.password_ok.setProperty(u"kind", u"ok")

        self.password_layout.addWidget(self.password_ok)

        self.password_buttons = QHBoxLayout()
        self.password_buttons.setObjectName(u"password_buttons")
        self.password_push = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.password_buttons.addItem(self.password_push)

        self.change_password = QPushButton(self.password_box)
        self.change_password.setObjectName(u"change_password")

        self.password_buttons.addWidget(self.change_password)


        self.password_layout.addLayout(self.password_buttons)


        self.left_column.addWidget(self.password_box)

        self.left_bottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_bottom)


        self.layout.addLayout(self.left_column)

        self.users_box = QGroupBox(SettingsForm)
        self.users_box.setObjectName(u"users_box")
        self.users_layout = QVBoxLayout(self.users_box)
        self.users_layout.setObjectName(u"users_layout")
        self.users_note = QLabel(self.users_box)
        self.users_note.setObjectName(u"users_note")
        self.users_note.setWordWrap(True)
        self.users_note.setProperty(u"kind", u"note")

        self.users_layout.addWidget(self.users_note)

        self.users_table = QTableWidget(self.users_box)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.users_table.setAlternatingRowColors(True)

        self.users_layout.addWidget(self.users_table)

        self.users_buttons = QHBoxLayout()
        self.users_buttons.setObjectName(u"users_buttons")
        self.add_user = QPushButton(self.users_box)
        self.add_user.setObjectName(u"add_user")

        self.users_buttons.addWidget(self.add_user)

        self.edit_user = QPushButton(self.users_box)
        self.edit_user.setObjectName(u"edit_user")

        self.users_buttons.addWidget(self.edit_user)

        self.assign_user = QPushButton(self.users_box)
        self.assign_user.setObjectName(u"assign_user")

        self.users_buttons.addWidget(self.assign_user)

        self.users_push = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.users_buttons.addItem(self.users_push)


        self.users_layout.addLayout(self.users_buttons)


        self.layout.addWidget(self.users_box)

#if QT_CONFIG(shortcut)
        self.commune_code_label.setBuddy(self.commune_code)
        self.commune_name_label.setBuddy(self.commune_name)
        self.commune_province_label.setBuddy(self.commune_province)
        self.language_label.setBuddy(self.language)
        self.old_password_label.setBuddy(self.old_password)
        self.new_password_label.setBuddy(self.new_password)
        self.new_password2_label.setBuddy(self.new_password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.commune_code, self.commune_name)
        QWidget.setTabOrder(self.commune_name, self.commune_province)
        QWidget.setTabOrder(self.commune_province, self.save_commune)
        QWidget.setTabOrder(self.save_commune, self.language)
        QWidget.setTabOrder(self.language, self.old_password)
        QWidget.setTabOrder(self.old_password, self.new_password)
        QWidget.setTabOrder(self.new_password, self.new_password2)
        QWidget.setTabOrder(self.new_password2, self.change_password)
        QWidget.setTabOrder(self.change_password, self.users_table)
        QWidget.setTabOrder(self.users_table, self.add_user)
        QWidget.setTabOrder(self.add_user, self.edit_user)
        QWidget.setTabOrder(self.edit_user, self.assign_user)

        self.retranslateUi(SettingsForm)

        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        self.commune_box.setTitle(QCoreApplication.translate("SettingsForm", u"Commune", None))
        self.commune_code_label.setText(QCoreApplication.translate("SettingsForm", u"Commune &code:", None))
        self.commune_code.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"e.g. 06253", None))
        self.commune_name_label.setText(QCoreApplication.translate("SettingsForm", u"Commune &name:", None))
        self.commune_province_label.setText(QCoreApplication.translate("SettingsForm", u"P&rovince:", None))
        self.commune_note.setText("")
        self.commune_error.setText("")
        self.save_commune.setText(QCoreApplication.translate("SettingsForm", u"&Save commune details", None))
        self.language_box.setTitle(QCoreApplication.translate("SettingsForm", u"Language", None))
        self.language_label.setText(QCoreApplication.translate("SettingsForm", u"&Language of the program:", None))
        self.language_note.setText("")
        self.password_box.setTitle(QCoreApplication.translate("SettingsForm", u"My password", None))
        self.old_password_label.setText(QCoreApplication.translate("SettingsForm", u"C&urrent password:", None))
        self.new_password_label.setText(QCoreApplication.translate("SettingsForm", u"Ne&w password:", None))
        self.new_password2_label.setText(QCoreApplication.translate("SettingsForm", u"Repeat n&ew password:", None))
        self.password_error.setText("")
        self.password_ok.setText("")
        self.change_password.setText(QCoreApplication.translate("SettingsForm", u"C&hange password", None))
        self.users_box.setTitle(QCoreApplication.translate("SettingsForm", u"Users", None))
        self.users_note.setText(QCoreApplication.translate("SettingsForm", u"Officers enter the figures of the indicators assigned to them; leaders approve months; administrators manage accounts and the plan.", None))
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.add_user.setText(QCoreApplication.translate("SettingsForm", u"&Add...", None))
        self.edit_user.setText(QCoreApplication.translate("SettingsForm", u"&Edit...", None))
        self.assign_user.setText(QCoreApplication.translate("SettingsForm", u"Assign &indicators...", None))
        pass
    # retranslateUi

