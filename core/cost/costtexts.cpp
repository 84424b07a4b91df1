#include "costtexts.h"

#include <QCoreApplication>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::CostTexts)
};
} // namespace

QString costModelKindName(CostModelKind kind)
{
    switch (kind) {
    case CostModelKind::Latency: return Text::tr("Cost vs latency");
    case CostModelKind::Crossover: return Text::tr("Load vs cost crossover");
    case CostModelKind::Reserved: return Text::tr("Reserved vs on demand");
    }
    return {};
}

} // namespace archbench::core
