// libFuzzer target: the reception rule parser, which reads what staff type. Any input must give a rule
// or an error (never a crash, hang or sanitizer report), and every rule must survive its own text form.

#include "schedule/ReceptionRuleParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const zt::Result<zt::ReceptionRule> rule = zt::ReceptionRuleParser::parse(text);
    if (rule) {
        const zt::Result<zt::ReceptionRule> again = zt::ReceptionRuleParser::parse(zt::ReceptionRuleParser::toText(rule.value()));
        if (!again || !(again.value() == rule.value()))
            std::abort(); // the canonical text must read back as the same rule
    } else if (rule.error().message.isEmpty()) {
        std::abort(); // an error the user cannot read
    }
    return 0;
}
