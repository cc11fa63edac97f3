#pragma once

#include "BenchOps.h"
#include "db/DatabaseUrl.h"

#include <QStringList>

namespace ketong::bench {

/// The measurements that need a process of their own, run as `ketong-bench scroll|gui URL` children so that
/// what they report is theirs alone (not the memory of building the company, not a warm GUI):
///   scroll — opens the customer list through the GUI's model, drags it to the last row in 200 stops (each
///            a page loaded), reports VmHWM;
///   gui    — the real app start (AppController, offscreen): start → login window shown, login → main window
///            shown, then the longest GUI-thread stall while the contribution report page, the churn scan
///            action and a customer import (as the import wizard runs it) work.
bool isChild(int argc, char* argv[]);
int runChild(int argc, char* argv[]);

/// Runs the children on the database at `url` and returns their rows (peak RSS; GUI timings; stall).
QList<Measurement> childMeasurements(const DatabaseUrl& url, int repeat);

} // namespace ketong::bench
