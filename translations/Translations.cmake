# Translations of CSM Workbench, included from app/CMakeLists.txt once every project library exists.
#
# English is the source language. csm-workbench_ja.ts is the complete Japanese translation (terms from
# ../shared/GLOSSARY-ja.md); csm-workbench_en.ts holds only the English plural forms ("%n day(s)" -> "1 day").
# Both are compiled by lrelease and embedded in the executable under :/i18n; app/Localization.cpp loads them.
#
#   cmake --build <dir> --target update_translations   # lupdate -no-obsolete over every project source
#   scripts/update-translations                        # the same without a build dir, plus a count of what is
#                                                      # left to translate
# tests/i18n fails while a Japanese string is unfinished, obsolete or missing.

set(CSM_TRANSLATIONS_DIR ${CMAKE_SOURCE_DIR}/translations)

# Every source file of every project library, with an absolute path: lupdate reads them all.
set(CSM_TRANSLATABLE_SOURCES "")
foreach(csm_target IN ITEMS csm_domain csm_storage csm_io csm_item csm_ui csm_cli csm-workbench)
    if(NOT TARGET ${csm_target})
        continue()
    endif()
    get_target_property(csm_target_dir ${csm_target} SOURCE_DIR)
    get_target_property(csm_target_sources ${csm_target} SOURCES)
    if(NOT csm_target_sources)
        continue()
    endif()
    foreach(csm_source IN LISTS csm_target_sources)
        # Skip generator expressions and generated files (moc, rcc, the build tree).
        if(csm_source MATCHES "\\$<" OR csm_source MATCHES "\\.(qrc|ts|qm)$")
            continue()
        endif()
        if(NOT IS_ABSOLUTE "${csm_source}")
            set(csm_source "${csm_target_dir}/${csm_source}")
        endif()
        cmake_path(NORMAL_PATH csm_source)
        if(csm_source MATCHES "^${CMAKE_BINARY_DIR}/")
            continue()
        endif()
        list(APPEND CSM_TRANSLATABLE_SOURCES "${csm_source}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES CSM_TRANSLATABLE_SOURCES)
list(SORT CSM_TRANSLATABLE_SOURCES)

# The list lupdate reads in scripts/update-translations and in the freshness test (tests/i18n).
string(REPLACE ";" "\n" csm_sources_lines "${CSM_TRANSLATABLE_SOURCES}")
file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/translations/sources.lst CONTENT "${csm_sources_lines}\n")

# Japanese: the full catalogue. -locations none keeps diffs of the .ts small when code moves.
qt_add_translations(csm-workbench
    TS_FILES ${CSM_TRANSLATIONS_DIR}/csm-workbench_ja.ts
    SOURCES ${CSM_TRANSLATABLE_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none -source-language en
        -I ${CMAKE_SOURCE_DIR} -I ${CMAKE_SOURCE_DIR}/models
    LRELEASE_OPTIONS -silent)

# English: plural forms only. qt_add_translations cannot give one .ts other lupdate options, so this one has
# its own lupdate target (part of update_translations) and lrelease command.
if(EXISTS ${CSM_TRANSLATIONS_DIR}/csm-workbench_en.ts)
    set(csm_en_qm ${CMAKE_CURRENT_BINARY_DIR}/csm-workbench_en.qm)
    add_custom_command(OUTPUT ${csm_en_qm}
        COMMAND Qt6::lrelease -silent ${CSM_TRANSLATIONS_DIR}/csm-workbench_en.ts -qm ${csm_en_qm}
        DEPENDS ${CSM_TRANSLATIONS_DIR}/csm-workbench_en.ts Qt6::lrelease
        VERBATIM)
    add_custom_target(csm-workbench_lrelease_en DEPENDS ${csm_en_qm})
    add_dependencies(csm-workbench csm-workbench_lrelease_en)
    set_source_files_properties(${csm_en_qm} PROPERTIES GENERATED TRUE)
    qt_add_resources(csm-workbench "csm-workbench_translations_en"
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${csm_en_qm})
    add_custom_target(csm-workbench_lupdate_en
        COMMAND Qt6::lupdate -silent -no-obsolete -locations none -pluralonly -source-language en
                -I ${CMAKE_SOURCE_DIR} -I ${CMAKE_SOURCE_DIR}/models
                -target-language en @${CMAKE_BINARY_DIR}/translations/sources.lst
                -ts ${CSM_TRANSLATIONS_DIR}/csm-workbench_en.ts
        VERBATIM)
    if(TARGET update_translations)
        add_dependencies(update_translations csm-workbench_lupdate_en)
    endif()
endif()
