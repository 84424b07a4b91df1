// libFuzzer: the JSON interchange import never crashes, never accepts what validate()
// refuses, and what it accepts survives toJson -> fromJson and the SQLite store unchanged
// (compared in interchange form). The cutting for the streaming import (splitDecisions) stays
// inside the text, and where the whole document is accepted, its pieces read the same project.
#include "core/interchange/interchange.h"
#include "core/interchange/jsonsplit.h"
#include "core/storage/sqlitestore.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>

using namespace archbench::core;

namespace {
[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_json_import: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto split = interchange::splitDecisions(bytes);
    if (split)
        for (const auto &extent : split->decisions)
            if (extent.begin < 0 || extent.size < 2 || extent.begin + extent.size > bytes.size())
                fail("splitDecisions cut outside the text");
    auto parsed = interchange::fromJson(bytes);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            fail("a refusal without a message");
        return 0;
    }
    if (!interchange::validate(*parsed))
        fail("fromJson accepted a project that validate() refuses");
    if (split) {
        auto root = interchange::parseJson(split->skeleton);
        auto pieces = root ? interchange::fromJsonObject(*root, interchange::Checks::DeferReferences)
                           : Expected<ProjectData>(root.error());
        if (!pieces)
            fail("the skeleton of an accepted document is refused");
        for (qsizetype i = 0; i < split->decisions.size(); ++i) {
            auto d = interchange::decodeDecision(
                QByteArrayView(bytes).sliced(split->decisions[i].begin, split->decisions[i].size), i);
            if (!d)
                fail("a decision of an accepted document is refused on its own");
            pieces->decisions.append(*d);
        }
        if (interchange::toJson(*pieces) != interchange::toJson(*parsed))
            fail("the pieces read another project than the whole document");
    }
    const QByteArray json = interchange::toJson(*parsed);
    auto again = interchange::fromJson(json);
    if (!again)
        fail("toJson wrote JSON that fromJson refuses");
    if (interchange::toJson(*again) != json)
        fail("toJson -> fromJson -> toJson is not stable");

    auto store = storage::SqliteStore::create(QStringLiteral(":memory:"), *parsed);
    if (!store)
        fail("the SQLite store refused an accepted project");
    auto loaded = (*store)->load();
    if (!loaded)
        fail("the SQLite store could not read back what it wrote");
    if (interchange::toJson(*loaded) != json)
        fail("the SQLite round trip changed the project");
    return 0;
}
