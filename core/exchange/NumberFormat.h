#pragma once

#include "ketong_core_export.h"

#include <QDateTime>
#include <QString>

namespace ketong {

/// Shows a number stored in a spreadsheet cell the way the spreadsheet shows it, by the cell's number
/// format (ECMA-376 §18.8.31): "000000" keeps a code's leading zeros (123 → 000123), "#,##0.00" groups
/// (12800.5 → 12,800.50), "0%" scales (0.25 → 25%), literals stay where the format puts them
/// ("(###) ###-####" → (212) 555-1234), colours are dropped and [conditions] choose the section.
///
/// Dates and times, which workbooks store as serial numbers (days since 1899-12-30), come out in the form
/// the exchange files use whatever the format shows: 2026-03-04, 2026-03-04 09:30:00, 09:30:00 (a duration
/// [h]:mm:ss as hours beyond 24). Fractions ("# ?/?") and codes this class does not know show the number as
/// General does, with all its digits.
class KETONG_CORE_EXPORT NumberFormat
{
public:
    enum class Kind { Number, Date, Time, DateTime, Duration, Text };

    /// The code of a built-in format id (ECMA-376 §18.8.30; 27–36 and 50–58 are the date and time formats
    /// of Chinese Excel); empty for General and for ids without a code.
    static QString builtInCode(int id);
    /// What the first section of `code` shows.
    static Kind kindOf(const QString& code);
    /// `value` under `code`. `date1904`: the workbook counts days from 1904-01-01 (old Mac Excel).
    static QString format(double value, const QString& code, bool date1904 = false);
    /// `value` as General shows it in full: integers without decimals (13812345678), others with up to 15
    /// significant digits (0.1, not 0.1000000000000000055).
    static QString general(double value);
    /// The date and time of a serial number, rounded to the second; invalid before 1900-01-01 (day 0 is
    /// a time of no day, kept), on Excel's phantom 1900-02-29 and after 9999-12-31.
    static QDateTime fromSerial(double serial, bool date1904 = false);
};

} // namespace ketong
