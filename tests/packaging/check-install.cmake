cmake_policy(SET CMP0057 NEW) # if(IN_LIST)
# Installs the build into STAGING_DIR/usr and checks the tree: every file a desktop system
# needs, under the application id, and programs that run from there.
file(REMOVE_RECURSE ${STAGING_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGING_DIR}/usr
    RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${status}")
endif()

set(id io.github.duizhao.Duizhao)
set(expected
    bin/duizhao
    bin/duizhao-cli
    share/applications/${id}.desktop
    share/metainfo/${id}.metainfo.xml
    share/mime/packages/${id}.xml
    share/icons/hicolor/scalable/apps/${id}.svg
    share/man/man1/duizhao.1.gz
    share/man/man1/duizhao-cli.1.gz
    share/doc/duizhao/copyright
    share/doc/duizhao/changelog.gz
    share/doc/duizhao/ATTRIBUTION.md)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()
foreach(path IN LISTS expected)
    if(NOT EXISTS ${STAGING_DIR}/usr/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

# Nothing else: a file installed by mistake shows up here.
file(GLOB_RECURSE installed RELATIVE ${STAGING_DIR}/usr ${STAGING_DIR}/usr/*)
foreach(path IN LISTS installed)
    if(NOT path IN_LIST expected)
        message(FATAL_ERROR "unexpected file installed: ${path}")
    endif()
endforeach()

file(READ ${STAGING_DIR}/usr/share/applications/${id}.desktop desktop)
foreach(line "Icon=${id}" "Exec=duizhao %F" "application/x-duizhao-project" "Name[zh_TW]=對照"
        "Comment[zh_CN]=" "Keywords[zh_TW]=" "Exec=duizhao --sample")
    string(FIND "${desktop}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the desktop file lacks ${line}")
    endif()
endforeach()
file(READ ${STAGING_DIR}/usr/share/doc/duizhao/copyright copyright)
foreach(credit "CC-BY-SA-4.0" "GPL-3+" "Qt 6" "ICU" "OpenCC" "libstemmer" "Xinhua")
    string(FIND "${copyright}" "${credit}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the copyright file does not mention ${credit}")
    endif()
endforeach()

# No RUNPATH or RPATH: under /usr the loader finds the libraries itself.
foreach(program duizhao duizhao-cli)
    execute_process(COMMAND readelf -d ${STAGING_DIR}/usr/bin/${program} OUTPUT_VARIABLE dynamic)
    if(dynamic MATCHES "RUNPATH|RPATH")
        message(FATAL_ERROR "${program} has a run path:\n${dynamic}")
    endif()
endforeach()

# The installed CLI reads the sample with its embedded data (lexicon, OpenCC from the system).
execute_process(COMMAND ${STAGING_DIR}/usr/bin/duizhao-cli info ${SAMPLE}
    RESULT_VARIABLE status OUTPUT_VARIABLE output)
if(NOT status EQUAL 0 OR NOT output MATCHES "Editor: +曹川川")
    message(FATAL_ERROR "the installed duizhao-cli failed (${status}):\n${output}")
endif()
message(STATUS "installed tree complete: ${STAGING_DIR}/usr")
