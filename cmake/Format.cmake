# Runs clang-format in place over the project's C++ sources (used by the `format` target).
file(GLOB_RECURSE sources
    ${ROOT}/app/*.cpp ${ROOT}/app/*.h
    ${ROOT}/core/*.cpp ${ROOT}/core/*.h
    ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h
    ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} -i ${sources} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format failed")
endif()
