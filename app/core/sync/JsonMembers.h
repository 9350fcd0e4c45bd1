#pragma once
// The top-level members of one JSON object's text, as slices of that text (name as written between its
// quotes, value as its raw JSON): the server turns a row's stored text into a row of the compact page
// form (decision 32) by copying its values, never decoding and encoding them again. A light check,
// not a validating parser: strings end, brackets balance, a scalar is a number or a literal.

#include <QByteArrayView>
#include <QVarLengthArray>

namespace zt::sync {

class JsonMembers
{
public:
    struct Member
    {
        QByteArrayView name;  // without the quotes, escapes as written
        QByteArrayView value; // the value's JSON text
    };
    using List = QVarLengthArray<Member, 64>;
    // false when the text is not one object (members is then left in any state).
    static bool split(QByteArrayView object, List &members);
};

} // namespace zt::sync
