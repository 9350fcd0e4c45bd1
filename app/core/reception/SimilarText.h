#pragma once
// How alike two short problem descriptions are, for suggesting an existing case while staff type a new
// one. Chinese has no spaces and most words are two characters (道路, 噪音, 停车), so the text is cut into
// overlapping character pairs; Latin words and numbers count whole.

#include <QSet>
#include <QString>

namespace zt {

class SimilarText
{
public:
    static QSet<QString> terms(const QString &text);
    // Shared terms over the smaller set: 1 when one text's terms are all in the other.
    static double overlap(const QSet<QString> &a, const QSet<QString> &b);
};

} // namespace zt
