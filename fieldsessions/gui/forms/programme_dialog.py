# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_ProgrammeDialog(object):
    def setupUi(self, ProgrammeDialog):
        if not ProgrammeDialog.objectName():
            ProgrammeDialog.setObjectName(u"ProgrammeDialog")
        ProgrammeDialog.resize(940, 600)
        self.mainLayout = QVBoxLayout(ProgrammeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sections = QTabWidget(ProgrammeDialog)
        self.sections.setObjectName(u"sections")
        self.scheduleTab = QWidget()
        self.scheduleTab.setObjectName(u"scheduleTab")
        self.scheduleForm = QFormLayout(self.scheduleTab)
        self.scheduleForm.setObjectName(u"scheduleForm")
        self.scheduleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.scheduleTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.scheduleTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.frequencyLabel = QLabel(self.scheduleTab)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(self.scheduleTab)
        self.frequencyCombo.addItem("")
        self.frequencyCombo.addItem("")
        self.frequencyCombo.addItem("")
        self.frequencyCombo.addItem("")
        self.frequencyCombo.addItem("")
        self.frequencyCombo.addItem("")
        self.frequencyCombo.addItem("")
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.weekdaysLabel = QLabel(self.scheduleTab)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weekdaysLabel)

        self.weekdaysWidget = QWidget(self.scheduleTab)
        self.weekdaysWidget.setObjectName(u"weekdaysWidget")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.weekdaysWidget.sizePolicy().hasHeightForWidth())
        self.weekdaysWidget.setSizePolicy(sizePolicy)
        self.weekdaysLayout = QHBoxLayout(self.weekdaysWidget)
        self.weekdaysLayout.setObjectName(u"weekdaysLayout")
        self.weekdaysLayout.setContentsMargins(0, 0, 0, 0)
        self.monBox = QCheckBox(self.weekdaysWidget)
        self.monBox.setObjectName(u"monBox")

        self.weekdaysLayout.addWidget(self.monBox)

        self.tueBox = QCheckBox(self.weekdaysWidget)
        self.tueBox.setObjectName(u"tueBox")

        self.weekdaysLayout.addWidget(self.tueBox)

        self.wedBox = QCheckBox(self.weekdaysWidget)
        self.wedBox.setObjectName(u"wedBox")

        self.weekdaysLayout.addWidget(self.wedBox)

        self.thuBox = QCheckBox(self.weekdaysWidget)
        self.thuBox.setObjectName(u"thuBox")

        self.weekdaysLayout.addWidget(self.thuBox)

        self.friBox = QCheckBox(self.weekdaysWidget)
        self.friBox.setObjectName(u"friBox")

        self.weekdaysLayout.addWidget(self.friBox)

        self.satBox = QCheckBox(self.weekdaysWidget)
        self.satBox.setObjectName(u"satBox")

        self.weekdaysLayout.addWidget(self.satBox)

        self.sunBox = QCheckBox(self.weekdaysWidget)
        self.sunBox.setObjectName(u"sunBox")

        self.weekdaysLayout.addWidget(self.sunBox)

        self.weekdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdaysLayout.addItem(self.weekdaysSpacer)


        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weekdaysWidget)

        self.monthlyLabel = QLabel(self.scheduleTab)
        self.monthlyLabel.setObjectName(u"monthlyLabel")

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthlyLabel)

        self.monthlyWidget = QWidget(self.scheduleTab)
        self.monthlyWidget.setObjectName(u"monthlyWidget")
        sizePolicy.setHeightForWidth(self.monthlyWidget.sizePolicy().hasHeightForWidth())
        self.monthlyWidget.setSizePolicy(sizePolicy)
        self.monthlyLayout = QHBoxLayout(self.monthlyWidget)
        self.monthlyLayout.setObjectName(u"monthlyLayout")
        self.monthlyLayout.setContentsMargins(0, 0, 0, 0)
        self.monthlyModeCombo = QComboBox(self.monthlyWidget)
        self.monthlyModeCombo.addItem("")
        self.monthlyModeCombo.addItem("")
        self.monthlyModeCombo.setObjectName(u"monthlyModeCombo")

        self.monthlyLayout.addWidget(self.monthlyModeCombo)

        self.weekOfMonthCombo = QComboBox(self.monthlyWidget)
        self.weekOfMonthCombo.addItem("")
        self.weekOfMonthCombo.addItem("")
        self.weekOfMonthCombo.addItem("")
        self.weekOfMonthCombo.addItem("")
        self.weekOfMonthCombo.addItem("")
        self.weekOfMonthCombo.setObjectName(u"weekOfMonthCombo")

        self.monthlyLayout.addWidget(self.weekOfMonthCombo)

        self.monthlySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthlyLayout.addItem(self.monthlySpacer)


        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthlyWidget)

        self.rruleLabel = QLabel(self.scheduleTab)
        self.rruleLabel.setObjectName(u"rruleLabel")

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rruleLabel)

        self.rruleEdit = QLineEdit(self.scheduleTab)
        self.rruleEdit.setObjectName(u"rruleEdit")

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rruleEdit)

        self.startDateLabel = QLabel(self.scheduleTab)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.scheduleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(self.scheduleTab)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setDisplayFormat(u"ddd d MMM yyyy")
        self.startDateEdit.setCalendarPopup(True)

        self.scheduleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.timeLabel = QLabel(self.scheduleTab)
        self.timeLabel.setObjectName(u"timeLabel")

        self.scheduleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.startTimeEdit = QTimeEdit(self.scheduleTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.startTimeEdit)

        self.durationLabel = QLabel(self.scheduleTab)
        self.durationLabel.setObjectName(u"durationLabel")

        self.timeLayout.addWidget(self.durationLabel)

        self.durationSpin = QSpinBox(self.scheduleTab)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.timeLayout.addWidget(self.durationSpin)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.scheduleForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.timezoneLabel = QLabel(self.scheduleTab)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.scheduleForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(self.scheduleTab)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)
        self.timezoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.scheduleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.endLabel = QLabel(self.scheduleTab)
        self.endLabel.setObjectName(u"endLabel")

        self.scheduleForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endWidget = QWidget(self.scheduleTab)
        self.endWidget.setObjectName(u"endWidget")
        sizePolicy.setHeightForWidth(self.endWidget.sizePolicy().hasHeightForWidth())
        self.endWidget.setSizePolicy(sizePolicy)
        self.endLayout = QGridLayout(self.endWidget)
        self.endLayout.setObjectName(u"endLayout")
        self.endLayout.setContentsMargins(0, 0, 0, 0)
        self.endDateRadio = QRadioButton(self.endWidget)
        self.endDateRadio.setObjectName(u"endDateRadio")
        self.endDateRadio.setChecked(True)

        self.endLayout.addWidget(self.endDateRadio, 0, 0, 1, 1)

        self.endDateEdit = QDateEdit(self.endWidget)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setDisplayFormat(u"ddd d MMM yyyy")
        self.endDateEdit.setCalendarPopup(True)

        self.endLayout.addWidget(self.endDateEdit, 0, 1, 1, 1)

        self.endCountRadio = QRadioButton(self.endWidget)
        self.endCountRadio.setObjectName(u"endCountRadio")

        self.endLayout.addWidget(self.endCountRadio, 1, 0, 1, 1)

        self.countSpin = QSpinBox(self.endWidget)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(5000)
        self.countSpin.setValue(10)

        self.endLayout.addWidget(self.countSpin, 1, 1, 1, 1)

        self.endWeeksRadio = QRadioButton(self.endWidget)
        self.endWeeksRadio.setObjectName(u"endWeeksRadio")

        self.endLayout.addWidget(self.endWeeksRadio, 2, 0, 1, 1)

        self.weeksSpin = QSpinBox(self.endWidget)
        self.weeksSpin.setObjectName(u"weeksSpin")
        self.weeksSpin.setMinimum(1)
        self.weeksSpin.setMaximum(520)
        self.weeksSpin.setValue(12)

        self.endLayout.addWidget(self.weeksSpin, 2, 1, 1, 1)

        self.endRuleRadio = QRadioButton(self.endWidget)
        self.endRuleRadio.setObjectName(u"endRuleRadio")

        self.endLayout.addWidget(self.endRuleRadio, 3, 0, 1, 2)


        self.scheduleForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endWidget)

        self.excludedLabel = QLabel(self.scheduleTab)
        self.excludedLabel.setObjectName(u"excludedLabel")

        self.scheduleForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.excludedLabel)

        self.excludedLayout = QGridLayout()
        self.excludedLayout.setObjectName(u"excludedLayout")
        self.excludedDateEdit = QDateEdit(self.scheduleTab)
        self.excludedDateEdit.setObjectName(u"excludedDateEdit")
        self.excludedDateEdit.setDisplayFormat(u"ddd d MMM yyyy")
        self.excludedDateEdit.setCalendarPopup(True)

        self.excludedLayout.addWidget(self.excludedDateEdit, 0, 0, 1, 1)

        self.addExcludedButton = QPushButton(self.scheduleTab)
        self.addExcludedButton.setObjectName(u"addExcludedButton")
        self.addExcludedButton.setAutoDefault(False)

        self.excludedLayout.addWidget(self.addExcludedButton, 0, 1, 1, 1)

        self.excludedList = QListWidget(self.scheduleTab)
        self.excludedList.setObjectName(u"excludedList")

        self.excludedLayout.addWidget(self.excludedList, 1, 0, 1, 1)

        self.removeExcludedButton = QPushButton(self.scheduleTab)
        self.removeExcludedButton.setObjectName(u"removeExcludedButton")
        self.removeExcludedButton.setAutoDefault(False)

        self.excludedLayout.addWidget(self.removeExcludedButton, 1, 1, 1, 1, Qt.AlignmentFlag.AlignTop)


        self.scheduleForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.excludedLayout)

        self.sections.addTab(self.scheduleTab, "")
        self.placeTab = QWidget()
        self.placeTab.setObjectName(u"placeTab")
        self.placeForm = QFormLayout(self.placeTab)
        self.placeForm.setObjectName(u"placeForm")
        self.placeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.locationLabel = QLabel(self.placeTab)
        self.locationLabel.setObjectName(u"locationLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.placeTab)
        self.locationEdit.setObjectName(u"locationEdit")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.onlineLabel = QLabel(self.placeTab)
        self.onlineLabel.setObjectName(u"onlineLabel")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onlineLabel)

        self.onlineEdit = QLineEdit(self.placeTab)
        self.onlineEdit.setObjectName(u"onlineEdit")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.onlineEdit)

        self.capacityLabel = QLabel(self.placeTab)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.placeTab)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(100000)

        self.placeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.requiredLabel = QLabel(self.placeTab)
        self.requiredLabel.setObjectName(u"requiredLabel")

        self.placeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requiredLabel)

        self.requiredSpin = QSpinBox(self.placeTab)
        self.requiredSpin.setObjectName(u"requiredSpin")
        self.requiredSpin.setMaximum(100)
        self.requiredSpin.setValue(80)

        self.placeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requiredSpin)

        self.excusedLabel = QLabel(self.placeTab)
        self.excusedLabel.setObjectName(u"excusedLabel")

        self.placeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.excusedLabel)

        self.excusedCombo = QComboBox(self.placeTab)
        self.excusedCombo.addItem("")
        self.excusedCombo.addItem("")
        self.excusedCombo.addItem("")
        self.excusedCombo.setObjectName(u"excusedCombo")

        self.placeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.excusedCombo)

        self.sections.addTab(self.placeTab, "")
        self.contentTab = QWidget()
        self.contentTab.setObjectName(u"contentTab")
        self.contentLayout = QVBoxLayout(self.contentTab)
        self.contentLayout.setObjectName(u"contentLayout")
        self.topicsLabel = QLabel(self.contentTab)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.contentLayout.addWidget(self.topicsLabel)

        self.topicsEdit = QPlainTextEdit(self.contentTab)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setTabChangesFocus(True)
        self.topicsEdit.setMaximumSize(QSize(16777215, 110))

        self.contentLayout.addWidget(self.topicsEdit)

        self.outcomesLabel = QLabel(self.contentTab)
        self.outcomesLabel.setObjectName(u"outcomesLabel")

        self.contentLayout.addWidget(self.outcomesLabel)

        self.outcomesLayout = QGridLayout()
        self.outcomesLayout.setObjectName(u"outcomesLayout")
        self.outcomeEdit = QLineEdit(self.contentTab)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.outcomesLayout.addWidget(self.outcomeEdit, 0, 0, 1, 1)

        self.addOutcomeButton = QPushButton(self.contentTab)
        self.addOutcomeButton.setObjectName(u"addOutcomeButton")
        self.addOutcomeButton.setAutoDefault(False)

        self.outcomesLayout.addWidget(self.addOutcomeButton, 0, 1, 1, 1)

        self.outcomesList = QListWidget(self.contentTab)
        self.outcomesList.setObjectName(u"outcomesList")

        self.outcomesLayout.addWidget(self.outcomesList, 1, 0, 4, 1)

        self.upOutcomeButton = QPushButton(self.contentTab)
        self.upOutcomeButton.setObjectName(u"upOutcomeButton")
        self.upOutcomeButton.setAutoDefault(False)

        self.outcomesLayout.addWidget(self.upOutcomeButton, 1, 1, 1, 1)

        self.downOutcomeButton = QPushButton(self.contentTab)
        self.downOutcomeButton.setObjectName(u"downOutcomeButton")
        self.downOutcomeButton.setAutoDefault(False)

        self.outcomesLayout.addWidget(self.downOutcomeButton, 2, 1, 1, 1)

        self.removeOutcomeButton = QPushButton(self.contentTab)
        self.removeOutcomeButton.setObjectName(u"removeOutcomeButton")
        self.removeOutcomeButton.setAutoDefault(False)

        self.outcomesLayout.addWidget(self.removeOutcomeButton, 3, 1, 1, 1)

        self.outcomesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outcomesLayout.addItem(self.outcomesSpacer, 4, 1, 1, 1)


        self.contentLayout.addLayout(self.outcomesLayout)

        self.sections.addTab(self.contentTab, "")

        self.bodyLayout.addWidget(self.sections)

        self.previewBox = QGroupBox(ProgrammeDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewSummary = QLabel(self.previewBox)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummary)

        self.previewList = QListWidget(self.previewBox)
        self.previewList.setObjectName(u"previewList")
        self.previewList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewList.setUniformItemSizes(True)

        self.previewLayout.addWidget(self.previewList)


        self.bodyLayout.addWidget(self.previewBox)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.bodyLayout)

        self.errorLabel = QLabel(ProgrammeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProgrammeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.monthlyLabel.setBuddy(self.monthlyModeCombo)
        self.rruleLabel.setBuddy(self.rruleEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.excludedLabel.setBuddy(self.excludedDateEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.onlineLabel.setBuddy(self.onlineEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.requiredLabel.setBuddy(self.requiredSpin)
        self.excusedLabel.setBuddy(self.excusedCombo)
        self.topicsLabel.setBuddy(self.topicsEdit)
        self.outcomesLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sections, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.monBox)
        QWidget.setTabOrder(self.monBox, self.tueBox)
        QWidget.setTabOrder(self.tueBox, self.wedBox)
        QWidget.setTabOrder(self.wedBox, self.thuBox)
        QWidget.setTabOrder(self.thuBox, self.friBox)
        QWidget.setTabOrder(self.friBox, self.satBox)
        QWidget.setTabOrder(self.satBox, self.sunBox)
        QWidget.setTabOrder(self.sunBox, self.monthlyModeCombo)
        QWidget.setTabOrder(self.monthlyModeCombo, self.weekOfMonthCombo)
        QWidget.setTabOrder(self.weekOfMonthCombo, self.rruleEdit)
        QWidget.setTabOrder(self.rruleEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.endDateRadio)
        QWidget.setTabOrder(self.endDateRadio, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.endCountRadio)
        QWidget.setTabOrder(self.endCountRadio, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.endWeeksRadio)
        QWidget.setTabOrder(self.endWeeksRadio, self.weeksSpin)
        QWidget.setTabOrder(self.weeksSpin, self.endRuleRadio)
        QWidget.setTabOrder(self.endRuleRadio, self.excludedDateEdit)
        QWidget.setTabOrder(self.excludedDateEdit, self.addExcludedButton)
        QWidget.setTabOrder(self.addExcludedButton, self.excludedList)
        QWidget.setTabOrder(self.excludedList, self.removeExcludedButton)
        QWidget.setTabOrder(self.removeExcludedButton, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.onlineEdit)
        QWidget.setTabOrder(self.onlineEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.requiredSpin)
        QWidget.setTabOrder(self.requiredSpin, self.excusedCombo)
        QWidget.setTabOrder(self.excusedCombo, self.topicsEdit)
        QWidget.setTabOrder(self.topicsEdit, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.addOutcomeButton)
        QWidget.setTabOrder(self.addOutcomeButton, self.outcomesList)
        QWidget.setTabOrder(self.outcomesList, self.upOutcomeButton)
        QWidget.setTabOrder(self.upOutcomeButton, self.downOutcomeButton)
        QWidget.setTabOrder(self.downOutcomeButton, self.removeOutcomeButton)
        QWidget.setTabOrder(self.removeOutcomeButton, self.previewList)

        self.retranslateUi(ProgrammeDialog)
        self.buttonBox.rejected.connect(ProgrammeDialog.reject)

        self.sections.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProgrammeDialog)
    # setupUi

    def retranslateUi(self, ProgrammeDialog):
        ProgrammeDialog.setWindowTitle(QCoreApplication.translate("ProgrammeDialog", u"New programme", None))
#if QT_CONFIG(accessibility)
        ProgrammeDialog.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Programme sections", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Programme name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeDialog", u"e.g. Family Development Sessions", None))
        self.frequencyLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Repeats:", None))
        self.frequencyCombo.setItemText(0, QCoreApplication.translate("ProgrammeDialog", u"Once-off", None))
        self.frequencyCombo.setItemText(1, QCoreApplication.translate("ProgrammeDialog", u"Daily", None))
        self.frequencyCombo.setItemText(2, QCoreApplication.translate("ProgrammeDialog", u"Weekly", None))
        self.frequencyCombo.setItemText(3, QCoreApplication.translate("ProgrammeDialog", u"Every two weeks", None))
        self.frequencyCombo.setItemText(4, QCoreApplication.translate("ProgrammeDialog", u"Monthly", None))
        self.frequencyCombo.setItemText(5, QCoreApplication.translate("ProgrammeDialog", u"Quarterly", None))
        self.frequencyCombo.setItemText(6, QCoreApplication.translate("ProgrammeDialog", u"Custom rule (RRULE)", None))

#if QT_CONFIG(accessibility)
        self.frequencyCombo.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"How often it repeats", None))
#endif // QT_CONFIG(accessibility)
        self.weekdaysLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"On:", None))
#if QT_CONFIG(accessibility)
        self.weekdaysWidget.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Weekdays", None))
#endif // QT_CONFIG(accessibility)
        self.monBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Mon", None))
#if QT_CONFIG(accessibility)
        self.monBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Monday", None))
#endif // QT_CONFIG(accessibility)
        self.tueBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Tue", None))
#if QT_CONFIG(accessibility)
        self.tueBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Tuesday", None))
#endif // QT_CONFIG(accessibility)
        self.wedBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Wed", None))
#if QT_CONFIG(accessibility)
        self.wedBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Wednesday", None))
#endif // QT_CONFIG(accessibility)
        self.thuBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Thu", None))
#if QT_CONFIG(accessibility)
        self.thuBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Thursday", None))
#endif // QT_CONFIG(accessibility)
        self.friBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Fri", None))
#if QT_CONFIG(accessibility)
        self.friBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Friday", None))
#endif // QT_CONFIG(accessibility)
        self.satBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Sat", None))
#if QT_CONFIG(accessibility)
        self.satBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Saturday", None))
#endif // QT_CONFIG(accessibility)
        self.sunBox.setText(QCoreApplication.translate("ProgrammeDialog", u"Sun", None))
#if QT_CONFIG(accessibility)
        self.sunBox.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Sunday", None))
#endif // QT_CONFIG(accessibility)
        self.monthlyLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Day of the month:", None))
        self.monthlyModeCombo.setItemText(0, QCoreApplication.translate("ProgrammeDialog", u"The start date's day number", None))
        self.monthlyModeCombo.setItemText(1, QCoreApplication.translate("ProgrammeDialog", u"A weekday of the month", None))

#if QT_CONFIG(accessibility)
        self.monthlyModeCombo.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Which day of the month", None))
#endif // QT_CONFIG(accessibility)
        self.weekOfMonthCombo.setItemText(0, QCoreApplication.translate("ProgrammeDialog", u"1st", None))
        self.weekOfMonthCombo.setItemText(1, QCoreApplication.translate("ProgrammeDialog", u"2nd", None))
        self.weekOfMonthCombo.setItemText(2, QCoreApplication.translate("ProgrammeDialog", u"3rd", None))
        self.weekOfMonthCombo.setItemText(3, QCoreApplication.translate("ProgrammeDialog", u"4th", None))
        self.weekOfMonthCombo.setItemText(4, QCoreApplication.translate("ProgrammeDialog", u"last", None))

#if QT_CONFIG(accessibility)
        self.weekOfMonthCombo.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Which week of the month", None))
#endif // QT_CONFIG(accessibility)
        self.rruleLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"R&ule:", None))
#if QT_CONFIG(accessibility)
        self.rruleEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Custom recurrence rule", None))
#endif // QT_CONFIG(accessibility)
        self.rruleEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeDialog", u"e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", None))
        self.startDateLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"S&tarts on:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"T&ime:", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&lasting", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" min", None))
        self.timezoneLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"Time &zone:", None))
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"Ends:", None))
#if QT_CONFIG(accessibility)
        self.endWidget.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"When the programme ends", None))
#endif // QT_CONFIG(accessibility)
        self.endDateRadio.setText(QCoreApplication.translate("ProgrammeDialog", u"&On", None))
#if QT_CONFIG(accessibility)
        self.endDateRadio.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Ends on a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endCountRadio.setText(QCoreApplication.translate("ProgrammeDialog", u"After a num&ber of sessions", None))
#if QT_CONFIG(accessibility)
        self.endCountRadio.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Ends after a number of sessions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Number of sessions", None))
#endif // QT_CONFIG(accessibility)
        self.countSpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" sessions", None))
        self.endWeeksRadio.setText(QCoreApplication.translate("ProgrammeDialog", u"After a number of &weeks", None))
#if QT_CONFIG(accessibility)
        self.endWeeksRadio.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Ends after a number of weeks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weeksSpin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Number of weeks", None))
#endif // QT_CONFIG(accessibility)
        self.weeksSpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" weeks", None))
        self.endRuleRadio.setText(QCoreApplication.translate("ProgrammeDialog", u"As the rule says (its UNTIL or COUNT)", None))
#if QT_CONFIG(accessibility)
        self.endRuleRadio.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Ends as the custom rule says", None))
#endif // QT_CONFIG(accessibility)
        self.excludedLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"No s&ession on:", None))
#if QT_CONFIG(accessibility)
        self.excludedDateEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Date to exclude", None))
#endif // QT_CONFIG(accessibility)
        self.addExcludedButton.setText(QCoreApplication.translate("ProgrammeDialog", u"E&xclude", None))
#if QT_CONFIG(accessibility)
        self.addExcludedButton.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Exclude this date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.excludedList.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Excluded dates", None))
#endif // QT_CONFIG(accessibility)
        self.removeExcludedButton.setText(QCoreApplication.translate("ProgrammeDialog", u"Include a&gain", None))
#if QT_CONFIG(accessibility)
        self.removeExcludedButton.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Remove the selected excluded date", None))
#endif // QT_CONFIG(accessibility)
        self.sections.setTabText(self.sections.indexOf(self.scheduleTab), QCoreApplication.translate("ProgrammeDialog", u"&Schedule", None))
        self.locationLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeDialog", u"e.g. Barangay Hall, San Isidro", None))
        self.onlineLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"Online lin&k:", None))
#if QT_CONFIG(accessibility)
        self.onlineEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Online link", None))
#endif // QT_CONFIG(accessibility)
        self.onlineEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeDialog", u"https://\u2026 (for sessions held online)", None))
        self.capacityLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Capacity:", None))
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Capacity (0 for no limit)", None))
#endif // QT_CONFIG(accessibility)
        self.capacitySpin.setSpecialValueText(QCoreApplication.translate("ProgrammeDialog", u"No limit", None))
        self.capacitySpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" places", None))
        self.requiredLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"Required &attendance:", None))
#if QT_CONFIG(accessibility)
        self.requiredSpin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Required attendance in percent", None))
#endif // QT_CONFIG(accessibility)
        self.requiredSpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" %", None))
        self.excusedLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"E&xcused absences:", None))
        self.excusedCombo.setItemText(0, QCoreApplication.translate("ProgrammeDialog", u"Count as attended", None))
        self.excusedCombo.setItemText(1, QCoreApplication.translate("ProgrammeDialog", u"Are left out of the rate", None))
        self.excusedCombo.setItemText(2, QCoreApplication.translate("ProgrammeDialog", u"Count as absent", None))

#if QT_CONFIG(accessibility)
        self.excusedCombo.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"How excused absences count", None))
#endif // QT_CONFIG(accessibility)
        self.sections.setTabText(self.sections.indexOf(self.placeTab), QCoreApplication.translate("ProgrammeDialog", u"&Place and rules", None))
        self.topicsLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Topics, one per line:", None))
#if QT_CONFIG(accessibility)
        self.topicsEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Topics, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.outcomesLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"Outcomes to tic&k off, in order:", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"New outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeDialog", u"Type an outcome and press Enter", None))
        self.addOutcomeButton.setText(QCoreApplication.translate("ProgrammeDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addOutcomeButton.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Add the outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomesList.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.upOutcomeButton.setText(QCoreApplication.translate("ProgrammeDialog", u"&Move up", None))
#if QT_CONFIG(accessibility)
        self.upOutcomeButton.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Move the selected outcome up", None))
#endif // QT_CONFIG(accessibility)
        self.downOutcomeButton.setText(QCoreApplication.translate("ProgrammeDialog", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.downOutcomeButton.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Move the selected outcome down", None))
#endif // QT_CONFIG(accessibility)
        self.removeOutcomeButton.setText(QCoreApplication.translate("ProgrammeDialog", u"R&emove", None))
#if QT_CONFIG(accessibility)
        self.removeOutcomeButton.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Remove the selected outcome", None))
#endif // QT_CONFIG(accessibility)
        self.sections.setTabText(self.sections.indexOf(self.contentTab), QCoreApplication.translate("ProgrammeDialog", u"Topics and o&utcomes", None))
        self.previewBox.setTitle(QCoreApplication.translate("ProgrammeDialog", u"Sessions it will create", None))
#if QT_CONFIG(accessibility)
        self.previewSummary.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Preview summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewList.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Dates of the sessions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Problem to fix before saving", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

