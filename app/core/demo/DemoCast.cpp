#include "demo/DemoCast.h"

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "domain/Codes.h"
#include "refdata/DivisionCatalog.h"
#include "setup/StationSetup.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/Store.h"

#include <QSet>

namespace zt {

namespace {

const QString stationCode = QStringLiteral("330203006");

// Congresses are elected for five years from a fixed first year; a deputy re-elected in between keeps
// one record here, so the demo's deputies serve through the whole period whatever its dates.
QDate termStartCovering(QDate day, int firstYear, int month, int dayOfMonth)
{
    int year = firstYear;
    while (QDate(year + 5, month, dayOfMonth) <= day)
        year += 5;
    while (QDate(year, month, dayOfMonth) > day)
        year -= 5;
    return QDate(year, month, dayOfMonth);
}

struct DeputyRole
{
    const char *level;
    const char *occupation;
    const char *expertise; // space-separated tags
};

// Five levels as the article lists them; occupations and expertise as stations match deputies to topics.
const DeputyRole roles[] = {
    {"national", "民营企业董事长", "经济 就业"},
    {"provincial", "医院主任医师", "医疗 养老"},
    {"provincial", "律师事务所主任", "法律 调解"},
    {"city", "中学校长", "教育 心理"},
    {"city", "企业家", "经济 环保"},
    {"city", "社区书记", "物业 养老"},
    {"county", "小学教师", "教育 心理"},
    {"county", "心理咨询师", "心理 教育"},
    {"county", "律师", "法律 物业"},
    {"county", "城建工程师", "城建 交通"},
    {"county", "退休干部", "养老 城建"},
    {"county", "社区医生", "医疗 养老"},
    {"township", "社区书记", "物业 垃圾分类"},
    {"township", "社区书记", "养老 调解"},
    {"township", "社区书记", "物业 城建"},
    {"township", "个体工商户", "市场 停车"},
    {"township", "物业经理", "物业 城建"},
    {"township", "退休干部", "养老 调解"},
    {"township", "环保志愿者", "环保 垃圾分类"},
    {"township", "社区民警", "治安 交通"},
};

struct DepartmentSeed
{
    const char *name;
    const char *kind;
    const char *categories; // codes of DefaultCategories it usually handles, space-separated
};

const DepartmentSeed departmentSeeds[] = {
    {"白云街道城建科", "street", "property waste water utilities planning roads housing"},
    {"白云街道社会事务科", "street", "elderly employment education housing other"},
    {"白云街道平安办", "street", "safety dispute"},
    {"白云街道综合执法中队", "street", "urban parking environment waste"},
    {"白云街道社区卫生服务中心", "street", "medical elderly"},
    {"白云街道党政办", "street", "other"},
    {"海曙区物业办", "district", "property dispute"},
    {"海曙区住建局", "district", "housing planning utilities property"},
    {"海曙区教育局", "district", "education"},
    {"海曙区交通局", "district", "roads parking"},
    {"海曙区生态环境分局", "district", "environment water"},
    {"海曙区民政局", "district", "elderly"},
    {"海曙区卫健局", "district", "medical"},
    {"海曙区人社局", "district", "employment"},
    {"海曙区综合行政执法局", "district", "urban"},
    {"海曙区水利局", "district", "water"},
    {"白云派出所", "other", "safety parking"},
};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

QList<int> DemoCast::deputiesOfLevel(const QString &level) const
{
    QList<int> out;
    for (int i = 0; i < deputies.size(); ++i)
        if (deputies.at(i).level == level)
            out << i;
    return out;
}

Result<DemoCast> DemoCast::create(Store &store, QRandomGenerator &rng, QDate from, QDate to,
                                  WriteTransaction::Outbox outbox)
{
    DemoCast cast;
    const DivisionCatalog catalog(store.db());
    cast.communities = catalog.villagesOf(stationCode);
    if (cast.communities.isEmpty())
        return Error{QStringLiteral("demo.no_communities"),
                     tr("The communities of Baiyun street are missing from the reference data.")};

    Station station;
    station.code = stationCode;
    station.name = utf8("白云街道人大代表联络站");
    station.divisionCode = stationCode;
    station.address = catalog.fullName(stationCode) + utf8("望春路168号白云街道便民服务中心二楼");
    station.openingHours = utf8("周一至周五 8:30-11:30，13:30-17:00；每月第二、四周星期四下午代表接待日");
    station.contactPerson = DemoNames::personName(rng, DemoNames::gender(rng));
    station.contactPhone = DemoNames::landline(rng);
    auto setUp = StationSetup::setUp(store, station, QLatin1Char('A'));
    if (!setUp)
        return setUp.error();
    cast.station = setUp.value();
    cast.categories = CategoryRepository(store).select(
        QStringLiteral("WHERE station_id = ? AND deleted = 0 ORDER BY sort_order, code"), {cast.station.id});

    WriteTransaction tx(store, outbox);
    PointRepository pointRepo(store);
    for (const Division &community : std::as_const(cast.communities)) {
        Point p;
        p.stationId = cast.station.id;
        p.name = community.name + utf8("联络点");
        p.divisionCode = community.code;
        p.address = community.name + utf8("党群服务中心");
        p.openingHours =
            DemoRandom::chance(rng, 0.5) ? utf8("每周二、周五上午 9:00-11:30") : utf8("每周三下午 14:00-16:30");
        p.contactPerson = DemoNames::personName(rng, DemoNames::gender(rng));
        p.contactPhone = DemoNames::mobile(rng);
        if (Status s = pointRepo.insert(tx, p); !s)
            return s.error();
        cast.points << p;
    }

    DeputyRepository deputyRepo(store);
    int township = 0;
    int county = 0;
    QSet<QString> deputyNames;
    for (const DeputyRole &role : roles) {
        Deputy d;
        d.stationId = cast.station.id;
        d.level = QString::fromLatin1(role.level);
        d.gender = DemoNames::gender(rng);
        // Two deputies of one station with the same name would confuse every list; draw again.
        do {
            d.name = DemoNames::personName(rng, d.gender);
        } while (deputyNames.contains(d.name));
        deputyNames.insert(d.name);
        d.occupation = utf8(role.occupation);
        d.expertise = utf8(role.expertise).split(QLatin1Char(' '));
        d.phone = DemoNames::mobile(rng);
        if (d.level == DeputyLevel::National) {
            d.constituency = utf8("浙江省");
            d.termStart = termStartCovering(from, 2023, 3, 5);
            d.termEnd = termStartCovering(to, 2023, 3, 5).addYears(5).addDays(-1);
        } else if (d.level == DeputyLevel::Provincial) {
            d.constituency = utf8("宁波市");
            d.termStart = termStartCovering(from, 2023, 1, 13);
            d.termEnd = termStartCovering(to, 2023, 1, 13).addYears(5).addDays(-1);
        } else if (d.level == DeputyLevel::City) {
            d.constituency = utf8("海曙区");
            d.termStart = termStartCovering(from, 2022, 3, 1);
            d.termEnd = termStartCovering(to, 2022, 3, 1).addYears(5).addDays(-1);
        } else {
            // District and township deputies live here: township ones each in a community with its point.
            const int n = d.level == DeputyLevel::Township ? township++ : county++;
            const int community = d.level == DeputyLevel::Township ? n % int(cast.communities.size())
                                                                   : (n * 2 + 1) % int(cast.communities.size());
            if (d.level == DeputyLevel::Township)
                d.pointId = cast.points.at(community).id;
            d.constituency = utf8("白云街道") + cast.communities.at(community).name + utf8("选区");
            d.termStart = termStartCovering(from, 2022, 1, 1);
            d.termEnd = termStartCovering(to, 2022, 1, 1).addYears(5).addDays(-1);
        }
        if (Status s = deputyRepo.insert(tx, d); !s)
            return s.error();
        cast.deputies << d;
    }

    DepartmentRepository departmentRepo(store);
    for (const DepartmentSeed &seed : departmentSeeds) {
        Department dep;
        dep.stationId = cast.station.id;
        dep.name = utf8(seed.name);
        dep.kind = QString::fromLatin1(seed.kind);
        dep.contact = DemoNames::personName(rng, DemoNames::gender(rng));
        dep.phone = DemoNames::landline(rng);
        if (Status s = departmentRepo.insert(tx, dep); !s)
            return s.error();
        cast.departments << dep;
        for (const QString &code : QString::fromLatin1(seed.categories).split(QLatin1Char(' ')))
            cast.handlers[code] << dep.id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return cast;
}

} // namespace zt
