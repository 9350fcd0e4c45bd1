#pragma once
// Human-readable case numbers: station code, year, this device's letter and a per-device serial
// (330203006-2026-A0142). Two PCs of one station never collide because each has its own letter, and
// the serial is drawn inside the transaction that saves the case, so a rollback gives it back.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace zt {

class WriteTransaction;

class CaseNumberAllocator
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumberAllocator)
public:
    static Result<QString> next(WriteTransaction &tx, const QString &stationCode, const QDate &date);
    static QString format(const QString &stationCode, int year, QChar letter, int serial);
};

} // namespace zt
