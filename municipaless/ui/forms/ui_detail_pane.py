# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'detail_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QLabel,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DetailPane(object):
    def setupUi(self, DetailPane):
        if not DetailPane.objectName():
            DetailPane.setObjectName(u"DetailPane")
        DetailPane.resize(360, 480)
        DetailPane.setMinimumSize(QSize(260, 0))
        self.mainLayout = QVBoxLayout(DetailPane)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindLabel = QLabel(DetailPane)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setProperty(u"tone", u"muted")

        self.mainLayout.addWidget(self.kindLabel)

        self.titleLabel = QLabel(DetailPane)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.emptyLabel = QLabel(DetailPane)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.emptyLabel)

        self.scrollArea = QScrollArea(DetailPane)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsLayout = QFormLayout(self.fieldsWidget)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(6)
        self.fieldsLayout.setContentsMargins(0, -1, 0, -1)
        self.scrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.scrollArea)

        self.footerLabel = QLabel(DetailPane)
        self.footerLabel.setObjectName(u"footerLabel")
        self.footerLabel.setText(u"")
        self.footerLabel.setWordWrap(True)
        self.footerLabel.setProperty(u"tone", u"muted")

        self.mainLayout.addWidget(self.footerLabel)


        self.retranslateUi(DetailPane)

        QMetaObject.connectSlotsByName(DetailPane)
    # setupUi

    def retranslateUi(self, DetailPane):
        self.kindLabel.setText(QCoreApplication.translate("DetailPane", u"Record", None))
        self.emptyLabel.setText(QCoreApplication.translate("DetailPane", u"Select a row in the list to see its details here.", None))
        pass
    # retranslateUi

