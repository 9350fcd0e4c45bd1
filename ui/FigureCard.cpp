#include "FigureCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace zt {

FigureCard::FigureCard(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("figureNameLabel"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("figureValueLabel"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_comparison = new QLabel(this);
    m_comparison->setObjectName(QStringLiteral("figureComparisonLabel"));
    // One line: a wrapped label in a grid cell gets too little height and its text overlaps.
    m_comparison->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_comparison);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void FigureCard::setFigure(const QString &name, const QString &value, const QString &comparison)
{
    m_name->setText(name);
    m_value->setText(value);
    m_comparison->setText(comparison);
}

QString FigureCard::valueText() const
{
    return m_value->text();
}

} // namespace zt
