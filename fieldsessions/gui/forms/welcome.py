# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(800, 520)
        self.outerLayout = QVBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.card = QWidget(WelcomePage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(560, 0))
        self.card.setMaximumSize(QSize(560, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")

        self.cardLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.choicesLayout = QGridLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setHorizontalSpacing(16)
        self.choicesLayout.setVerticalSpacing(10)
        self.createButton = QPushButton(self.card)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setMinimumSize(QSize(190, 38))

        self.choicesLayout.addWidget(self.createButton, 0, 0, 1, 1)

        self.createNote = QLabel(self.card)
        self.createNote.setObjectName(u"createNote")
        self.createNote.setWordWrap(True)

        self.choicesLayout.addWidget(self.createNote, 0, 1, 1, 1)

        self.importButton = QPushButton(self.card)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setMinimumSize(QSize(190, 38))

        self.choicesLayout.addWidget(self.importButton, 1, 0, 1, 1)

        self.importNote = QLabel(self.card)
        self.importNote.setObjectName(u"importNote")
        self.importNote.setWordWrap(True)

        self.choicesLayout.addWidget(self.importNote, 1, 1, 1, 1)

        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(190, 38))

        self.choicesLayout.addWidget(self.demoButton, 2, 0, 1, 1)

        self.demoNote = QLabel(self.card)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setWordWrap(True)

        self.choicesLayout.addWidget(self.demoNote, 2, 1, 1, 1)

        self.choicesLayout.setColumnStretch(1, 1)

        self.cardLayout.addLayout(self.choicesLayout)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.messageLabel)


        self.outerLayout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.createButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.demoButton)

        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
#if QT_CONFIG(accessibility)
        WelcomePage.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Welcome", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome to fieldsessions", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"Your data file is empty. Everything you record is kept on this laptop and works without a connection; Sync sends it to your organisation when you have one.", None))
        self.createButton.setText(QCoreApplication.translate("WelcomePage", u"&Create a programme", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Create a programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleDescription(QCoreApplication.translate("WelcomePage", u"Set its schedule; the sessions are created for you.", None))
#endif // QT_CONFIG(accessibility)
        self.createNote.setText(QCoreApplication.translate("WelcomePage", u"Set its schedule; the sessions are created for you.", None))
        self.importButton.setText(QCoreApplication.translate("WelcomePage", u"&Import a roster", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Import a roster", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleDescription(QCoreApplication.translate("WelcomePage", u"Bring participants in from a CSV or Excel file.", None))
#endif // QT_CONFIG(accessibility)
        self.importNote.setText(QCoreApplication.translate("WelcomePage", u"Bring participants in from a CSV or Excel file.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo data", None))
#if QT_CONFIG(accessibility)
        self.demoButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Open the demo data", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.demoButton.setAccessibleDescription(QCoreApplication.translate("WelcomePage", u"Four sample programmes with 150 participants, to try things out first.", None))
#endif // QT_CONFIG(accessibility)
        self.demoNote.setText(QCoreApplication.translate("WelcomePage", u"Four sample programmes with 150 participants, to try things out first.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

