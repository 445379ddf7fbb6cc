# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

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

        self.createButton = QCommandLinkButton(self.card)
        self.createButton.setObjectName(u"createButton")

        self.cardLayout.addWidget(self.createButton)

        self.importButton = QCommandLinkButton(self.card)
        self.importButton.setObjectName(u"importButton")

        self.cardLayout.addWidget(self.importButton)

        self.demoButton = QCommandLinkButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.cardLayout.addWidget(self.demoButton)

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
        self.createButton.setDescription(QCoreApplication.translate("WelcomePage", u"Set its schedule; the sessions are created for you.", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Create a programme", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("WelcomePage", u"&Import a roster", None))
        self.importButton.setDescription(QCoreApplication.translate("WelcomePage", u"Bring participants in from a CSV or Excel file.", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Import a roster", None))
#endif // QT_CONFIG(accessibility)
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo data", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomePage", u"Four sample programmes with 150 participants, to try things out first.", None))
#if QT_CONFIG(accessibility)
        self.demoButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Open the demo data", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

