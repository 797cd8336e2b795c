# Installation layout and packages (CPack), included from the top-level CMakeLists.txt.
# What each package needs and where it can be built: packaging/README.md.
#
#   cmake --build <dir> --target package      # Linux: .deb and .tar.gz in <dir>
#   cd <dir> && cpack -G DEB                  # only the .deb
#
# The executable links the project's static libraries and, on Linux, the system's shared Qt and QCustomPlot.

set(CSM_APP_ID io.github.csmworkbench.CsmWorkbench)
set(CSM_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

# ---- Installed files besides the executable (app/CMakeLists.txt installs that) ----------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${CSM_PACKAGING_DIR}/linux/${CSM_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CSM_PACKAGING_DIR}/linux/${CSM_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CSM_PACKAGING_DIR}/linux/${CSM_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${CSM_APP_ID}.xml)
    # Icons: resources/icons/CMakeLists.txt.

    # Man page, compressed as Debian policy asks (gzip -n: no name or time stamp, so the package is reproducible).
    find_program(CSM_GZIP gzip)
    if(CSM_GZIP)
        set(csm_man_gz ${CMAKE_BINARY_DIR}/packaging/csm-workbench.1.gz)
        add_custom_command(OUTPUT ${csm_man_gz}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
            COMMAND ${CSM_GZIP} -9 -n -c ${CMAKE_SOURCE_DIR}/docs/csm-workbench.1 > ${csm_man_gz}
            DEPENDS ${CMAKE_SOURCE_DIR}/docs/csm-workbench.1
            VERBATIM)
        add_custom_target(csm_man_page ALL DEPENDS ${csm_man_gz})
        install(FILES ${csm_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES ${CMAKE_SOURCE_DIR}/docs/csm-workbench.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endif()
if(NOT APPLE)
    install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/docs/licenses.md ${CMAKE_SOURCE_DIR}/docs/licenses.ja.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# Windows and macOS bundle Qt (and QCustomPlot) next to the executable: Qt's deployment script runs
# windeployqt / macdeployqt at install time. Linux packages use the distribution's Qt instead.
if((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET csm-workbench
        FILENAME_VARIABLE csm_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${csm_deploy_script})
endif()

# ---- CPack: common ----------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME csm-workbench)
set(CPACK_PACKAGE_VENDOR "The CSM Workbench authors")
set(CPACK_PACKAGE_CONTACT "The CSM Workbench authors <csm-workbench@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CSM Workbench")
set(CPACK_PACKAGE_EXECUTABLES csm-workbench "CSM Workbench")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/" "/out/")
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# ---- Debian package --------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME csm-workbench)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # csm-workbench_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
CSM Workbench keeps the book of accounts of one customer-success manager in
one local SQLite file: accounts, contacts, touches, onboarding roadmaps,
contracts and renewals, ARR, usage and NPS. It computes explainable health
scores, segments accounts by touch model and reports renewals and retention
KPIs. English and Japanese user interface; a command line for automation.")
# Shared libraries the executable links (Qt, QCustomPlot, SQLite, libstdc++) come from dpkg-shlibdeps
# (dpkg-dev).
find_program(CSM_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(CSM_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the platform plugins (xcb, wayland,
# offscreen) and the SVG icon engine for the icon. The book is opened through the system SQLite's C API
# (libsqlite3-0, found by dpkg-shlibdeps), not through Qt SQL.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# Japanese standard dialogs and buttons, and a Japanese font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
if(NOT CSM_DPKG_SHLIBDEPS)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS
        ", libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4),"
        " libqt6printsupport6 (>= 6.4), libqcustomplot2.1-qt6, libsqlite3-0 (>= 3.37), libstdc++6")
endif()

# The tarball (TGZ) takes CPack's defaults: csm-workbench-<version>-Linux.tar.gz, the same tree under its top folder.

# ---- Windows: WiX (MSI); build on Windows only -----------------------------------------------------------
set(CPACK_WIX_UPGRADE_GUID "6C1D3C5E-2E57-4B0B-9E0B-4B5E3C8A7D21") # never change: lets new versions upgrade
set(CPACK_WIX_PRODUCT_ICON ${CSM_PACKAGING_DIR}/windows/csm-workbench.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CSM Workbench")
if(WIN32)
    # WiX takes the licence as .txt (and converts it to RTF) or .rtf, not a file without an extension.
    configure_file(${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt)
endif()
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# ---- macOS: app bundle in a disk image; build on macOS only -----------------------------------------------
set(CPACK_DMG_VOLUME_NAME "CSM Workbench")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set_target_properties(csm-workbench PROPERTIES
        OUTPUT_NAME "CSM Workbench"
        MACOSX_BUNDLE_INFO_PLIST ${CSM_PACKAGING_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${CSM_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE csm-workbench.icns)
    # The .icns is made from the committed PNGs with macOS's iconutil at build time.
    set(csm_iconset ${CMAKE_BINARY_DIR}/packaging/csm-workbench.iconset)
    set(csm_icns ${CMAKE_BINARY_DIR}/packaging/csm-workbench.icns)
    set(csm_icon_commands COMMAND ${CMAKE_COMMAND} -E make_directory ${csm_iconset})
    foreach(size IN ITEMS 16 32 128 256 512)
        list(APPEND csm_icon_commands COMMAND ${CMAKE_COMMAND} -E copy
            ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/csm-workbench.png
            ${csm_iconset}/icon_${size}x${size}.png)
    endforeach()
    add_custom_command(OUTPUT ${csm_icns} ${csm_icon_commands}
        COMMAND iconutil -c icns -o ${csm_icns} ${csm_iconset}
        VERBATIM)
    target_sources(csm-workbench PRIVATE ${csm_icns})
    set_source_files_properties(${csm_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

include(CPack)
