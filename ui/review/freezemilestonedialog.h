#pragma once
// Asks for the name and date of a milestone about to be frozen.

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace archbench::ui {

class FreezeMilestoneDialog : public QDialog {
    Q_OBJECT
public:
    FreezeMilestoneDialog(const QString &suggestedName, const QDate &date, QWidget *parent = nullptr);
    QString name() const;
    QDate date() const;

private:
    QLineEdit *m_name;
    QDateEdit *m_date;
};

} // namespace archbench::ui
