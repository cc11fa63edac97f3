# ctest TranslationsTest: runs lupdate over the sources into a copy of ketong_zh_CN.ts and fails when a
# user-visible string is untranslated (new or changed tr() text) or a translation is obsolete (its string
# is gone). Fix with: cmake --build build --target ketong_core_lupdate, then translate (scripts/i18n).
file(READ ${SOURCES_FILE} sources)
set(copy ${WORK_DIR}/ketong_zh_CN.ts)
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(COMMAND ${LUPDATE} -locations none @${SOURCES_FILE} -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${copy} text)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" obsolete "${text}")
list(LENGTH unfinished n_unfinished)
list(LENGTH obsolete n_obsolete)
if(n_unfinished GREATER 0 OR n_obsolete GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n *<translation type=\"unfinished\">" missing "${text}")
    message(FATAL_ERROR "ketong_zh_CN.ts: ${n_unfinished} untranslated, ${n_obsolete} obsolete entries.\n${missing}")
endif()
message(STATUS "ketong_zh_CN.ts is complete")
