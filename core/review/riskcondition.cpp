#include "riskcondition.h"

#include <QCoreApplication>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::RiskCondition)
};

bool isIdChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}
} // namespace

/// Recursive-descent parser over the grammar in riskcondition.h. Stops at the first error and
/// remembers its position; positions are 1-based for people.
class RiskConditionParser {
public:
    RiskConditionParser(const QString &text, RiskCondition &out) : m_text(text), m_out(out) {}

    bool run()
    {
        skipSpace();
        if (atEnd())
            return fail(int(m_text.size()) + 1, Text::tr("the condition is empty"));
        const int root = parseOr(0);
        if (root < 0)
            return false;
        skipSpace();
        if (!atEnd()) {
            if (peek() == u')')
                return fail(m_pos + 1, Text::tr("')' without a matching '('"));
            return fail(m_pos + 1, Text::tr("expected '&&', '||' or the end of the condition"));
        }
        m_out.m_root = root;
        return true;
    }

    int errorPosition = 0;
    QString errorReason;

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    bool fail(int position, const QString &reason)
    {
        if (errorReason.isEmpty()) {
            errorPosition = position;
            errorReason = reason;
        }
        return false;
    }
    int failNode(int position, const QString &reason)
    {
        fail(position, reason);
        return -1;
    }
    int addNode(RiskCondition::Node node)
    {
        m_out.m_nodes.append(std::move(node));
        return int(m_out.m_nodes.size()) - 1;
    }

    /// Consumes `op` ("&&" or "||") if it comes next. A single '&' or '|' is an error.
    bool takeOperator(QChar op, bool *error)
    {
        skipSpace();
        if (peek() != op)
            return false;
        if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == op) {
            m_pos += 2;
            return true;
        }
        *error = true;
        fail(m_pos + 1, Text::tr("'%1' must be written twice: '%1%1'").arg(op));
        return false;
    }

    int parseOr(int depth)
    {
        int left = parseAnd(depth);
        bool error = false;
        while (left >= 0 && takeOperator(u'|', &error)) {
            const int right = parseAnd(depth);
            if (right < 0)
                return -1;
            left = addNode({RiskCondition::Node::Or, left, right, {}});
        }
        return error ? -1 : left;
    }

    int parseAnd(int depth)
    {
        int left = parseUnary(depth);
        bool error = false;
        while (left >= 0 && takeOperator(u'&', &error)) {
            const int right = parseUnary(depth);
            if (right < 0)
                return -1;
            left = addNode({RiskCondition::Node::And, left, right, {}});
        }
        return error ? -1 : left;
    }

    int parseUnary(int depth)
    {
        skipSpace();
        if (depth > RiskCondition::kMaxDepth)
            return failNode(m_pos + 1, Text::tr("the condition is nested too deeply"));
        if (atEnd())
            return failNode(m_pos + 1, Text::tr("the condition ends where a choice id, '!' or '(' is expected"));
        const QChar c = peek();
        if (c == u'!') {
            ++m_pos;
            const int operand = parseUnary(depth + 1);
            return operand < 0 ? -1 : addNode({RiskCondition::Node::Not, operand, -1, {}});
        }
        if (c == u'(') {
            const int open = m_pos;
            ++m_pos;
            const int inner = parseOr(depth + 1);
            if (inner < 0)
                return -1;
            skipSpace();
            if (peek() != u')')
                return failNode(m_pos + 1, Text::tr("missing ')' for the '(' at character %1").arg(open + 1));
            ++m_pos;
            return inner;
        }
        if (isIdChar(c)) {
            const int start = m_pos;
            while (!atEnd() && isIdChar(peek()))
                ++m_pos;
            const QString id = m_text.mid(start, m_pos - start);
            if (id == QLatin1StringView("default"))
                return failNode(start + 1, Text::tr("'default' must be the whole condition"));
            m_out.m_references.append({id, start + 1});
            return addNode({RiskCondition::Node::Choice, -1, -1, id});
        }
        if (c == u')')
            return failNode(m_pos + 1, Text::tr("expected a choice id, '!' or '(' before ')'"));
        if (c == u'&' || c == u'|')
            return failNode(m_pos + 1, Text::tr("expected a choice id, '!' or '(' before '%1'").arg(c));
        return failNode(m_pos + 1, Text::tr("unexpected character '%1'").arg(c));
    }

    const QString &m_text;
    RiskCondition &m_out;
    qsizetype m_pos = 0;
};

Expected<RiskCondition> RiskCondition::parse(const QString &text, int *errorPosition)
{
    RiskCondition condition;
    condition.m_text = text;
    if (text.trimmed() == QLatin1StringView("default")) {
        condition.m_default = true;
        return condition;
    }
    if (text.size() > kMaxLength) {
        if (errorPosition)
            *errorPosition = kMaxLength + 1;
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
            "archbench::core::RiskCondition", "the condition is longer than %1 characters").arg(kMaxLength));
    }
    RiskConditionParser parser(text, condition);
    if (!parser.run()) {
        if (errorPosition)
            *errorPosition = parser.errorPosition;
        return makeError(ErrorCode::Invalid, parser.errorReason);
    }
    return condition;
}

bool RiskCondition::evaluate(const QSet<QString> &selected) const
{
    if (m_default)
        return true;
    return m_root >= 0 && evaluateNode(m_root, selected);
}

bool RiskCondition::evaluateNode(int index, const QSet<QString> &selected) const
{
    const Node &node = m_nodes.at(index);
    switch (node.kind) {
    case Node::Choice: return selected.contains(node.choice);
    case Node::Not: return !evaluateNode(node.left, selected);
    case Node::And: return evaluateNode(node.left, selected) && evaluateNode(node.right, selected);
    case Node::Or: return evaluateNode(node.left, selected) || evaluateNode(node.right, selected);
    }
    return false;
}

} // namespace archbench::core
