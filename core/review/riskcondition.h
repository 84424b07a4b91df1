#pragma once
// The condition of one lens risk rule: a boolean expression over the choice ids of a question,
// as in the AWS Well-Architected custom-lens format.
//
//   condition := "default" | or
//   or        := and ( "||" and )*
//   and       := unary ( "&&" unary )*
//   unary     := "!" unary | "(" or ")" | choice-id
//
// So `!` binds tightest, then `&&`, then `||`. `default` must be the whole condition and
// always holds. A choice id is a run of letters, digits, '_', '-' and '.'. The parsed form is
// a small value (copyable, no pointers); nesting is bounded so hostile input cannot exhaust
// the stack.

#include "../expected.h"

#include <QList>
#include <QSet>
#include <QString>

namespace archbench::core {

class RiskCondition {
public:
    /// A choice id used in the condition and where it starts (1-based character position).
    struct Reference {
        QString choice;
        int position = 0;
    };

    /// Parses `text`. On failure the Error message is the reason alone and `errorPosition`
    /// (when given) receives the 1-based character position the reason refers to.
    static Expected<RiskCondition> parse(const QString &text, int *errorPosition = nullptr);

    /// True for the `default` condition.
    bool isDefault() const { return m_default; }
    /// Whether the condition holds when exactly the choices in `selected` are ticked.
    bool evaluate(const QSet<QString> &selected) const;
    /// Every choice id the condition mentions, in reading order.
    const QList<Reference> &references() const { return m_references; }
    /// The text it was parsed from.
    const QString &text() const { return m_text; }

    /// Deepest nesting of '(' and '!' accepted.
    static constexpr int kMaxDepth = 64;
    /// Longest condition accepted, in characters (keeps evaluation shallow).
    static constexpr int kMaxLength = 2000;

private:
    friend class RiskConditionParser;
    struct Node {
        enum Kind { Choice, Not, And, Or } kind = Choice;
        int left = -1;  ///< operand of Not, left operand of And/Or (index into m_nodes)
        int right = -1; ///< right operand of And/Or
        QString choice; ///< for Choice
    };
    bool evaluateNode(int index, const QSet<QString> &selected) const;

    QString m_text;
    bool m_default = false;
    QList<Node> m_nodes;
    int m_root = -1;
    QList<Reference> m_references;
};

} // namespace archbench::core
