#include "http/PushWriter.h"

#include "storage/AccountRepository.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"
#include "sync/PushGroup.h"
#include "sync/PushProcessor.h"
#include "sync/RowValidator.h"

#include <QSemaphore>

namespace zt::server {

PushWriter::PushWriter(const ServerConfig &config) : m_config(config)
{
}

PushWriter::~PushWriter()
{
    if (!m_thread)
        return;
    if (!m_databaseKey.isEmpty())
        PushGroup::of(m_databaseKey).stop();
    m_thread->wait();
}

Status PushWriter::start()
{
    if (!m_config.isPostgres()) {
        m_checkpointer = std::make_unique<WalCheckpointer>(m_config);
        if (Status s = m_checkpointer->start(); !s)
            return s;
    }
    Status status;
    QSemaphore ready;
    m_thread.reset(QThread::create([this, &status, &ready] {
        // Everything the writer uses is made, used and destroyed on this thread (a Qt Sql
        // connection belongs to the thread that opened it).
        auto db = ServerDatabase::connect(m_config);
        if (!db) {
            status = db.error();
            ready.release();
            return;
        }
        db.value()->setCacheSize(64);
        if (m_checkpointer)
            db.value()->setCheckpointRunner([checkpointer = m_checkpointer.get()] { checkpointer->request(); });
        AccountRepository accounts(*db.value());
        RowStore rows(*db.value());
        RowValidator validator;
        if (Status s = validator.init(); !s) {
            status = s;
            ready.release();
            return;
        }
        PushProcessor processor(*db.value(), accounts, rows, validator);
        m_databaseKey = db.value()->identity();
        processor.serveGroups([&ready] { ready.release(); });
    }));
    m_thread->setObjectName(QStringLiteral("push-writer"));
    m_thread->start();
    // Returns once the writer serves: a batch submitted before would be answered 503.
    ready.acquire();
    return status;
}

} // namespace zt::server
