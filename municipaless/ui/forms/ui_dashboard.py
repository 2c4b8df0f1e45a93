# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_Dashboard(object):
    def setupUi(self, Dashboard):
        if not Dashboard.objectName():
            Dashboard.setObjectName(u"Dashboard")
        Dashboard.resize(720, 480)
        self.mainLayout = QVBoxLayout(Dashboard)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 18, 24, -1)
        self.titleLabel = QLabel(Dashboard)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(Dashboard)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.cardsLayout = QGridLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setHorizontalSpacing(12)
        self.cardsLayout.setVerticalSpacing(12)

        self.mainLayout.addLayout(self.cardsLayout)

        self.fileLabel = QLabel(Dashboard)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setProperty(u"tone", u"muted")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(Dashboard)

        QMetaObject.connectSlotsByName(Dashboard)
    # setupUi

    def retranslateUi(self, Dashboard):
        self.titleLabel.setText(QCoreApplication.translate("Dashboard", u"Dashboard", None))
        self.introLabel.setText(QCoreApplication.translate("Dashboard", u"What this territory file holds today.", None))
        pass
    # retranslateUi

