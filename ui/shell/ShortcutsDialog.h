#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTableWidget;

namespace ketong {

/// 快捷键 (Help menu, F1): the keyboard shortcuts the program really has, in the current language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
};

} // namespace ketong
