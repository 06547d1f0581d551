# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_IndicatorEditor(object):
    def setupUi(self, IndicatorEditor):
        if not IndicatorEditor.objectName():
            IndicatorEditor.setObjectName(u"IndicatorEditor")
        IndicatorEditor.resize(440, 760)
        self.mainLayout = QVBoxLayout(IndicatorEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.flagsLabel = QLabel(IndicatorEditor)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setText(u"")
        self.flagsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.flagsLabel)

        self.indicatorBox = QGroupBox(IndicatorEditor)
        self.indicatorBox.setObjectName(u"indicatorBox")
        self.indicatorForm = QFormLayout(self.indicatorBox)
        self.indicatorForm.setObjectName(u"indicatorForm")
        self.indicatorForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(self.indicatorBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.indicatorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.indicatorBox)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.indicatorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.indicatorBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.indicatorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.indicatorBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.indicatorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.groupLabel = QLabel(self.indicatorBox)
        self.groupLabel.setObjectName(u"groupLabel")

        self.indicatorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(self.indicatorBox)
        self.groupCombo.setObjectName(u"groupCombo")

        self.indicatorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.parentLabel = QLabel(self.indicatorBox)
        self.parentLabel.setObjectName(u"parentLabel")

        self.indicatorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(self.indicatorBox)
        self.parentCombo.setObjectName(u"parentCombo")

        self.indicatorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.unitLabel = QLabel(self.indicatorBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.indicatorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.indicatorBox)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.indicatorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.directionLabel = QLabel(self.indicatorBox)
        self.directionLabel.setObjectName(u"directionLabel")

        self.indicatorForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(self.indicatorBox)
        self.directionCombo.setObjectName(u"directionCombo")

        self.indicatorForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.aggregationLabel = QLabel(self.indicatorBox)
        self.aggregationLabel.setObjectName(u"aggregationLabel")

        self.indicatorForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.aggregationLabel)

        self.aggregationCombo = QComboBox(self.indicatorBox)
        self.aggregationCombo.setObjectName(u"aggregationCombo")

        self.indicatorForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.aggregationCombo)

        self.officeLabel = QLabel(self.indicatorBox)
        self.officeLabel.setObjectName(u"officeLabel")

        self.indicatorForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(self.indicatorBox)
        self.officeEdit.setObjectName(u"officeEdit")
        self.officeEdit.setMaxLength(200)

        self.indicatorForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.baselineYearLabel = QLabel(self.indicatorBox)
        self.baselineYearLabel.setObjectName(u"baselineYearLabel")

        self.indicatorForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.baselineYearLabel)

        self.baselineYearSpin = QSpinBox(self.indicatorBox)
        self.baselineYearSpin.setObjectName(u"baselineYearSpin")
        self.baselineYearSpin.setMinimum(1999)
        self.baselineYearSpin.setMaximum(2100)

        self.indicatorForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.baselineYearSpin)

        self.baselineValueLabel = QLabel(self.indicatorBox)
        self.baselineValueLabel.setObjectName(u"baselineValueLabel")

        self.indicatorForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.baselineValueLabel)

        self.baselineValueEdit = QLineEdit(self.indicatorBox)
        self.baselineValueEdit.setObjectName(u"baselineValueEdit")

        self.indicatorForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.baselineValueEdit)

        self.indicatorError = QLabel(self.indicatorBox)
        self.indicatorError.setObjectName(u"indicatorError")
        self.indicatorError.setText(u"")
        self.indicatorError.setWordWrap(True)
        self.indicatorError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.indicatorForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.indicatorError)


        self.mainLayout.addWidget(self.indicatorBox)

        self.targetBox = QGroupBox(IndicatorEditor)
        self.targetBox.setObjectName(u"targetBox")
        self.targetForm = QFormLayout(self.targetBox)
        self.targetForm.setObjectName(u"targetForm")
        self.targetForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.targetBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.targetBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textLabel = QLabel(self.targetBox)
        self.textLabel.setObjectName(u"textLabel")

        self.targetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.targetTextEdit = QLineEdit(self.targetBox)
        self.targetTextEdit.setObjectName(u"targetTextEdit")

        self.targetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetTextEdit)

        self.valueLabel = QLabel(self.targetBox)
        self.valueLabel.setObjectName(u"valueLabel")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(self.targetBox)
        self.valueEdit.setObjectName(u"valueEdit")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.lowLabel = QLabel(self.targetBox)
        self.lowLabel.setObjectName(u"lowLabel")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lowLabel)

        self.lowEdit = QLineEdit(self.targetBox)
        self.lowEdit.setObjectName(u"lowEdit")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lowEdit)

        self.highLabel = QLabel(self.targetBox)
        self.highLabel.setObjectName(u"highLabel")

        self.targetForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.highLabel)

        self.highEdit = QLineEdit(self.targetBox)
        self.highEdit.setObjectName(u"highEdit")

        self.targetForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.highEdit)

        self.compareYearLabel = QLabel(self.targetBox)
        self.compareYearLabel.setObjectName(u"compareYearLabel")

        self.targetForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.compareYearLabel)

        self.compareYearSpin = QSpinBox(self.targetBox)
        self.compareYearSpin.setObjectName(u"compareYearSpin")
        self.compareYearSpin.setMinimum(1999)
        self.compareYearSpin.setMaximum(2100)

        self.targetForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.compareYearSpin)

        self.checkLayout = QVBoxLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.perYearCheck = QCheckBox(self.targetBox)
        self.perYearCheck.setObjectName(u"perYearCheck")

        self.checkLayout.addWidget(self.perYearCheck)

        self.pointsCheck = QCheckBox(self.targetBox)
        self.pointsCheck.setObjectName(u"pointsCheck")

        self.checkLayout.addWidget(self.pointsCheck)

        self.changeCheck = QCheckBox(self.targetBox)
        self.changeCheck.setObjectName(u"changeCheck")

        self.checkLayout.addWidget(self.changeCheck)


        self.targetForm.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.checkLayout)

        self.targetError = QLabel(self.targetBox)
        self.targetError.setObjectName(u"targetError")
        self.targetError.setText(u"")
        self.targetError.setWordWrap(True)
        self.targetError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.targetForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.targetError)


        self.mainLayout.addWidget(self.targetBox)

        self.yearBox = QGroupBox(IndicatorEditor)
        self.yearBox.setObjectName(u"yearBox")
        self.yearLayout = QVBoxLayout(self.yearBox)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearTable = QTableWidget(self.yearBox)
        if (self.yearTable.columnCount() < 5):
            self.yearTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.yearTable.setObjectName(u"yearTable")
        self.yearTable.setMinimumSize(QSize(0, 110))
        self.yearTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.yearTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.yearTable.horizontalHeader().setStretchLastSection(True)
        self.yearTable.verticalHeader().setVisible(False)

        self.yearLayout.addWidget(self.yearTable)

        self.yearButtons = QHBoxLayout()
        self.yearButtons.setObjectName(u"yearButtons")
        self.addYearButton = QPushButton(self.yearBox)
        self.addYearButton.setObjectName(u"addYearButton")

        self.yearButtons.addWidget(self.addYearButton)

        self.removeYearButton = QPushButton(self.yearBox)
        self.removeYearButton.setObjectName(u"removeYearButton")

        self.yearButtons.addWidget(self.removeYearButton)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearButtons.addItem(self.yearSpacer)


        self.yearLayout.addLayout(self.yearButtons)

        self.yearError = QLabel(self.yearBox)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setText(u"")
        self.yearError.setWordWrap(True)
        self.yearError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.yearLayout.addWidget(self.yearError)


        self.mainLayout.addWidget(self.yearBox)

        self.applyButtons = QHBoxLayout()
        self.applyButtons.setObjectName(u"applyButtons")
        self.applySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applyButtons.addItem(self.applySpacer)

        self.resetButton = QPushButton(IndicatorEditor)
        self.resetButton.setObjectName(u"resetButton")

        self.applyButtons.addWidget(self.resetButton)

        self.applyButton = QPushButton(IndicatorEditor)
        self.applyButton.setObjectName(u"applyButton")

        self.applyButtons.addWidget(self.applyButton)


        self.mainLayout.addLayout(self.applyButtons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.directionLabel.setBuddy(self.directionCombo)
        self.aggregationLabel.setBuddy(self.aggregationCombo)
        self.officeLabel.setBuddy(self.officeEdit)
        self.baselineYearLabel.setBuddy(self.baselineYearSpin)
        self.baselineValueLabel.setBuddy(self.baselineValueEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.textLabel.setBuddy(self.targetTextEdit)
        self.valueLabel.setBuddy(self.valueEdit)
        self.lowLabel.setBuddy(self.lowEdit)
        self.highLabel.setBuddy(self.highEdit)
        self.compareYearLabel.setBuddy(self.compareYearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.parentCombo)
        QWidget.setTabOrder(self.parentCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.aggregationCombo)
        QWidget.setTabOrder(self.aggregationCombo, self.officeEdit)
        QWidget.setTabOrder(self.officeEdit, self.baselineYearSpin)
        QWidget.setTabOrder(self.baselineYearSpin, self.baselineValueEdit)
        QWidget.setTabOrder(self.baselineValueEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.targetTextEdit)
        QWidget.setTabOrder(self.targetTextEdit, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.lowEdit)
        QWidget.setTabOrder(self.lowEdit, self.highEdit)
        QWidget.setTabOrder(self.highEdit, self.compareYearSpin)
        QWidget.setTabOrder(self.compareYearSpin, self.perYearCheck)
        QWidget.setTabOrder(self.perYearCheck, self.pointsCheck)
        QWidget.setTabOrder(self.pointsCheck, self.changeCheck)
        QWidget.setTabOrder(self.changeCheck, self.yearTable)
        QWidget.setTabOrder(self.yearTable, self.addYearButton)
        QWidget.setTabOrder(self.addYearButton, self.removeYearButton)
        QWidget.setTabOrder(self.removeYearButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.applyButton)

        self.retranslateUi(IndicatorEditor)

        QMetaObject.connectSlotsByName(IndicatorEditor)
    # setupUi

    def retranslateUi(self, IndicatorEditor):
        IndicatorEditor.setWindowTitle(QCoreApplication.translate("IndicatorEditor", u"Indicator", None))
        self.indicatorBox.setTitle(QCoreApplication.translate("IndicatorEditor", u"Indicator", None))
        self.codeLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.parentLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Part of:", None))
#if QT_CONFIG(accessibility)
        self.parentCombo.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Parent indicator", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.directionLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Direction:", None))
#if QT_CONFIG(accessibility)
        self.directionCombo.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Direction", None))
#endif // QT_CONFIG(accessibility)
        self.aggregationLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Months combine as:", None))
#if QT_CONFIG(accessibility)
        self.aggregationCombo.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"How months combine", None))
#endif // QT_CONFIG(accessibility)
        self.officeLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Responsible office:", None))
#if QT_CONFIG(accessibility)
        self.officeEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Responsible office", None))
#endif // QT_CONFIG(accessibility)
        self.baselineYearLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Base year:", None))
        self.baselineYearSpin.setSpecialValueText(QCoreApplication.translate("IndicatorEditor", u"None", None))
#if QT_CONFIG(accessibility)
        self.baselineYearSpin.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Base year", None))
#endif // QT_CONFIG(accessibility)
        self.baselineValueLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Value in the base year:", None))
#if QT_CONFIG(accessibility)
        self.baselineValueEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Value in the base year", None))
#endif // QT_CONFIG(accessibility)
        self.targetBox.setTitle(QCoreApplication.translate("IndicatorEditor", u"Target for the whole plan", None))
        self.kindLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Kind of target:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Kind of target", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("IndicatorEditor", u"As written:", None))
#if QT_CONFIG(accessibility)
        self.targetTextEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Target as written in the document", None))
#endif // QT_CONFIG(accessibility)
        self.valueLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Value:", None))
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Value", None))
#endif // QT_CONFIG(accessibility)
        self.lowLabel.setText(QCoreApplication.translate("IndicatorEditor", u"From:", None))
#if QT_CONFIG(accessibility)
        self.lowEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Lower bound", None))
#endif // QT_CONFIG(accessibility)
        self.highLabel.setText(QCoreApplication.translate("IndicatorEditor", u"To / out of:", None))
#if QT_CONFIG(accessibility)
        self.highEdit.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Upper bound or total", None))
#endif // QT_CONFIG(accessibility)
        self.compareYearLabel.setText(QCoreApplication.translate("IndicatorEditor", u"Compared with year:", None))
        self.compareYearSpin.setSpecialValueText(QCoreApplication.translate("IndicatorEditor", u"None", None))
#if QT_CONFIG(accessibility)
        self.compareYearSpin.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Compared with year", None))
#endif // QT_CONFIG(accessibility)
        self.perYearCheck.setText(QCoreApplication.translate("IndicatorEditor", u"The target holds every year", None))
        self.pointsCheck.setText(QCoreApplication.translate("IndicatorEditor", u"Growth or reduction in percentage points", None))
        self.changeCheck.setText(QCoreApplication.translate("IndicatorEditor", u"The figure recorded is the rate of change itself", None))
        self.yearBox.setTitle(QCoreApplication.translate("IndicatorEditor", u"Targets for particular years", None))
        ___qtablewidgetitem = self.yearTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IndicatorEditor", u"Year", None))
        ___qtablewidgetitem1 = self.yearTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IndicatorEditor", u"Kind of target", None))
        ___qtablewidgetitem2 = self.yearTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IndicatorEditor", u"Value", None))
        ___qtablewidgetitem3 = self.yearTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IndicatorEditor", u"From", None))
        ___qtablewidgetitem4 = self.yearTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("IndicatorEditor", u"To / out of", None))
#if QT_CONFIG(accessibility)
        self.yearTable.setAccessibleName(QCoreApplication.translate("IndicatorEditor", u"Targets for particular years", None))
#endif // QT_CONFIG(accessibility)
        self.addYearButton.setText(QCoreApplication.translate("IndicatorEditor", u"Add a year", None))
        self.removeYearButton.setText(QCoreApplication.translate("IndicatorEditor", u"Remove the year", None))
        self.resetButton.setText(QCoreApplication.translate("IndicatorEditor", u"Undo changes", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("IndicatorEditor", u"Show the indicator as it was before your changes", None))
#endif // QT_CONFIG(tooltip)
        self.applyButton.setText(QCoreApplication.translate("IndicatorEditor", u"Apply", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("IndicatorEditor", u"Keep these changes in the plan being reviewed (Save writes them to the database)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

