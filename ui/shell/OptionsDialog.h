#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace ketong {

/// 选项: settings of this PC (stored in QSettings, not in the database): the idle time after which the
/// program locks.
class OptionsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsDialog)
public:
    explicit OptionsDialog(QWidget* parent = nullptr);

    /// The idle minutes chosen (0: never lock).
    int idleMinutes() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void save();

    QLabel* m_idleLabel;
    QLabel* m_idleHintLabel;
    QSpinBox* m_idleSpin;
    QDialogButtonBox* m_buttons;
};

} // namespace ketong
