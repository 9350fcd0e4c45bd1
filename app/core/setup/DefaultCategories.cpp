#include "setup/DefaultCategories.h"

namespace zt {

QList<Category> DefaultCategories::forStation(const QString &stationId)
{
    // Names are data in the users' language (they print on reports and are typed in ledgers), so they
    // are stored in Chinese rather than translated at display time. 15 working days is the default
    // deadline; a few categories that are usually slower or urgent differ.
    struct Seed
    {
        const char *code;
        const char *name;
        int days;
    };
    static const Seed seeds[] = {
        {"waste", "垃圾分类", 15},       {"parking", "停车管理", 15},    {"property", "小区物业", 15},
        {"elderly", "居家养老", 15},     {"roads", "道路交通", 20},      {"water", "河道水利", 20},
        {"education", "教育", 15},       {"medical", "医疗卫生", 15},    {"environment", "环境保护", 15},
        {"housing", "住房保障", 20},     {"employment", "就业社保", 15}, {"safety", "社会治安", 10},
        {"utilities", "水电燃气", 10},   {"urban", "城市管理", 15},      {"planning", "规划建设", 30},
        {"dispute", "矛盾纠纷", 15},     {"other", "其他", 15},
    };
    QList<Category> out;
    int order = 0;
    for (const Seed &s : seeds) {
        Category c;
        c.stationId = stationId;
        c.code = QString::fromLatin1(s.code);
        c.name = QString::fromUtf8(s.name);
        c.defaultDeadlineDays = s.days;
        c.sortOrder = ++order;
        out.append(c);
    }
    return out;
}

} // namespace zt
