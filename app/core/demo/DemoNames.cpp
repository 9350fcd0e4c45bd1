#include "demo/DemoNames.h"

#include "demo/DemoRandom.h"

#include <QStringList>

namespace zt {

namespace {

// Names are data in the users' language, like every name a station types in.
const QStringList &surnames()
{
    static const QStringList list = QString::fromUtf8("王 陈 张 李 周 徐 林 胡 孙 朱 俞 应 邵 董 郑 杨 黄 吴 刘 赵 沈 "
                                                      "叶 金 毛 袁 屠 鲍 虞 竺 蒋 史 范 励 贺 乐 丁")
                                        .split(QLatin1Char(' '));
    return list;
}

const QStringList &maleGivenNames()
{
    static const QStringList list =
        QString::fromUtf8("建国 伟 国平 志强 海军 明 建华 立新 宏伟 浩 俊杰 文彬 永康 国庆 德明 晓东 振华 杰 军 斌 "
                          "国良 伟民 云龙 海波 志明 学军 建军 鹏 磊 敏杰 家豪 子轩 荣根 阿康 定海 炳华")
            .split(QLatin1Char(' '));
    return list;
}

const QStringList &femaleGivenNames()
{
    static const QStringList list =
        QString::fromUtf8("丽 静 秀英 美华 海燕 玲 敏 晓燕 雪芬 亚萍 慧 婷 佳怡 素琴 月娥 春燕 丽萍 红 芳 雅琴 "
                          "彩娣 菊芬 巧玲 莉莉 雯 梦瑶 欣怡 国芬 爱娣 雪梅 红霞 琼 燕 丹")
            .split(QLatin1Char(' '));
    return list;
}

QString digits(QRandomGenerator &rng, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + DemoRandom::between(rng, 0, 9));
    return out;
}

} // namespace

QString DemoNames::gender(QRandomGenerator &rng)
{
    return DemoRandom::chance(rng, 0.5) ? QStringLiteral("male") : QStringLiteral("female");
}

QString DemoNames::personName(QRandomGenerator &rng, const QString &gender)
{
    const QStringList &given = gender == QLatin1String("female") ? femaleGivenNames() : maleGivenNames();
    return DemoRandom::pick(rng, surnames()) + DemoRandom::pick(rng, given);
}

QString DemoNames::mobile(QRandomGenerator &rng)
{
    return QStringLiteral("13") + QChar(u'0' + DemoRandom::between(rng, 0, 9)) + digits(rng, 8);
}

QString DemoNames::landline(QRandomGenerator &rng)
{
    return QStringLiteral("0574-8") + QChar(u'0' + DemoRandom::between(rng, 1, 9)) + digits(rng, 6);
}

} // namespace zt
