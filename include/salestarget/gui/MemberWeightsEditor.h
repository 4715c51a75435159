#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <vector>

class QDoubleSpinBox;
class QPushButton;
class QTableWidget;

namespace st {

/// Relative weights per member (potential, account pool) with each one's share, for distributing
/// over children. It only collects numbers; Distribution::parseWeights() judges them.
class MemberWeightsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberWeightsEditor)

public:
    explicit MemberWeightsEditor(QWidget *parent = nullptr);
    ~MemberWeightsEditor() override;

    /// One row per member (`names`, with `paths` as tooltips), every weight 1.
    void setMembers(const QStringList &names, const QStringList &paths);
    int memberCount() const { return int(m_fields.size()); }
    /// The members' current targets, used by "As now" (all zero: the button is disabled).
    void setCurrentTargets(const std::vector<std::int64_t> &targets);

    /// Sets the weights in hundredths (150 = 1.5).
    void setWeights(const std::vector<std::int64_t> &hundredths);
    /// The weights in hundredths.
    std::vector<std::int64_t> weights() const;
    /// The weights as text for Distribution::parseWeights (`3,1.5`).
    QString text() const;

Q_SIGNALS:
    /// A weight changed (once per edit or button).
    void changed();

private:
    void updateShares();
    void applyCurrent();

    QTableWidget *m_table = nullptr;
    QPushButton *m_equal = nullptr;
    QPushButton *m_current = nullptr;
    std::vector<QDoubleSpinBox *> m_fields;
    std::vector<std::int64_t> m_currentTargets;
};

} // namespace st
