#include "sync/PushPrecheck.h"

#include "sync/JsonText.h"
#include "sync/PushBatch.h"
#include "sync/RowValidator.h"
#include "sync/Scope.h"

namespace zt::server {

void PushPrecheck::clear()
{
    m_firstSeq = 0;
    m_inserts.clear();
    m_prepared.clear();
}

void PushPrecheck::run(RowValidator &validator, const Scope &scope, const sync::PushBatch &batch)
{
    clear();
    if (batch.mutations.isEmpty())
        return;
    // PushBatch checks that the device_seqs are consecutive: a mutation's index is its seq's offset.
    m_firstSeq = batch.mutations.first().deviceSeq;
    m_inserts.resize(batch.mutations.size());
    m_prepared.fill(false, batch.mutations.size());
    for (qsizetype i = 0; i < batch.mutations.size(); ++i) {
        const sync::Mutation &m = batch.mutations.at(i);
        if (!m.fieldsScanned || !validator.hasTable(m.table))
            continue;
        bool writable = true;
        for (qsizetype f = 0; writable && f < m.scannedFields.size(); ++f)
            writable = validator.isWritableColumn(m.table, m.scannedFields.key(f));
        if (!writable)
            continue; // refused before the test insert (unknown_field)
        m_inserts[i] = prepare(validator, scope, m);
        m_prepared[i] = true;
    }
    validator.endBatch();
}

const PushPrecheck::Insert *PushPrecheck::find(const sync::Mutation &m) const
{
    const qint64 i = m.deviceSeq - m_firstSeq;
    if (i < 0 || i >= m_prepared.size() || !m_prepared.at(i))
        return nullptr;
    return &m_inserts.at(i);
}

PushPrecheck::Insert PushPrecheck::prepare(RowValidator &validator, const Scope &scope, const sync::Mutation &m)
{
    const sync::ScannedFields &fields = m.scannedFields;
    Insert insert;
    insert.verdict = validator.checkInsert(m.table, m.rowId, fields, m.hlc, m.userId);
    if (!insert.verdict)
        return insert;
    // The text applyOne writes for an insert in the object form, byte for byte: data in one pass over
    // the fields; field_sv and field_by in their compact form, every column at the row's version and
    // by this device (decision 49).
    QByteArray &data = insert.data;
    data.reserve(256 + fields.size() * 64);
    data.append('{');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        // ASCII without anything to escape (the scanner's plain form).
        data.append('"').append(fields.key(i)).append("\":", 2);
        fields.appendJson(data, i);
        data.append(',');
    }
    endCreatedData(data, m);
    insert.fieldBy = StoredRow::createdFieldBy(scope.deviceId);
    return insert;
}

void PushPrecheck::endCreatedData(QByteArray &data, const sync::Mutation &m)
{
    // hlc and updated_by are metadata columns, never among the pushed fields (checked before).
    data.append("\"hlc\":");
    sync::JsonText::appendString(data, m.hlc);
    data.append(",\"updated_by\":");
    if (m.userId.isEmpty())
        data.append("null");
    else
        sync::JsonText::appendString(data, m.userId);
    data.append('}');
}

RowStore::RowText PushPrecheck::text(const Insert &insert, qint64 sv)
{
    return RowStore::RowText{insert.data, StoredRow::createdFieldSv(sv), insert.fieldBy, QString()};
}

} // namespace zt::server
