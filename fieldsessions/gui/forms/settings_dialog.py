# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 280)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.facilitatorLabel = QLabel(SettingsDialog)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.facilitatorLabel)

        self.facilitatorEdit = QLineEdit(SettingsDialog)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")
        self.facilitatorEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.facilitatorEdit)

        self.deviceLabel = QLabel(SettingsDialog)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.deviceEdit = QLineEdit(SettingsDialog)
        self.deviceEdit.setObjectName(u"deviceEdit")
        self.deviceEdit.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deviceEdit)

        self.dataFileLabel = QLabel(SettingsDialog)
        self.dataFileLabel.setObjectName(u"dataFileLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dataFileLabel)

        self.dataFileLayout = QHBoxLayout()
        self.dataFileLayout.setObjectName(u"dataFileLayout")
        self.dataFileEdit = QLineEdit(SettingsDialog)
        self.dataFileEdit.setObjectName(u"dataFileEdit")
        self.dataFileEdit.setReadOnly(True)

        self.dataFileLayout.addWidget(self.dataFileEdit)

        self.openFolderButton = QPushButton(SettingsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.dataFileLayout.addWidget(self.openFolderButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dataFileLayout)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(SettingsDialog)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.facilitatorLabel.setBuddy(self.facilitatorEdit)
        self.deviceLabel.setBuddy(self.deviceEdit)
        self.dataFileLabel.setBuddy(self.dataFileEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.facilitatorEdit, self.deviceEdit)
        QWidget.setTabOrder(self.deviceEdit, self.dataFileEdit)
        QWidget.setTabOrder(self.dataFileEdit, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.languageCombo)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Facilitator name:", None))
#if QT_CONFIG(accessibility)
        self.facilitatorEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Facilitator name", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Your name, as it appears on marks and reports", None))
        self.deviceLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Device name:", None))
#if QT_CONFIG(accessibility)
        self.deviceEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Device name", None))
#endif // QT_CONFIG(accessibility)
        self.deviceEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Field laptop 2", None))
        self.dataFileLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data &file:", None))
#if QT_CONFIG(accessibility)
        self.dataFileEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Where the data file lives", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&Open folder", None))
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Open the folder of the data file", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language is used the next time fieldsessions starts.", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Problem to fix before saving", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

