#pragma once
// One headline figure on the dashboard: its name, its value, and the change against the previous
// period in words (colour is never the only signal).

#include <QFrame>

class QLabel;

namespace zt {

class FigureCard : public QFrame
{
    Q_OBJECT
public:
    explicit FigureCard(QWidget *parent = nullptr);
    void setFigure(const QString &name, const QString &value, const QString &comparison);
    QString valueText() const;

private:
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_comparison;
};

} // namespace zt
