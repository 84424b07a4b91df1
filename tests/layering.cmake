# The layers of docs/architecture.md, checked on the #include lines (cmake -P, no build needed):
#   core/             never includes ui/ or app/, nor QtGui or QtWidgets headers
#   ui/widgets, ui/charts (the UI kit)   include only core/ and the kit itself
#   the domain modules (ui/decision, ...) never include the shell (ui/shell)
#   core/document (the report document model) includes nothing else of core: the bottom
#   core/report (composition and export) is included by no other folder of core: the top
#   in ui/, only ui/commands calls Project's mutators: every change of the window is an undo step
# SOURCE_DIR is the project's root.
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "call with -DSOURCE_DIR=<project root>")
endif()

set(violations "")
function(check_folder folder regex reason)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
      if(line MATCHES "${regex}")
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        string(STRIP "${line}" line)
        list(APPEND violations "${rel}: ${line} (${reason})")
      endif()
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_folder(core "\"(ui|app)/" "core is below the UI")
check_folder(core "<Qt(Gui|Widgets|Charts)/|<Q(Widget|Application|GuiApplication|Painter|Color|Font|Icon|Pixmap|Image)>"
             "core uses QtCore, QtSql and spdlog only")
check_folder(core/document "\"(\\.\\./|core/)" "the report document model is a leaf of core")
file(GLOB core_folders LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*")
foreach(folder IN LISTS core_folders)
  if(IS_DIRECTORY "${SOURCE_DIR}/${folder}" AND NOT folder STREQUAL "core/report")
    check_folder(${folder} "\"(\\.\\./|core/)report/" "report composition and export are the top of core")
  endif()
endforeach()
foreach(kit ui/widgets ui/charts)
  check_folder(${kit} "\"(ui/(shell|decision|review|drill|cost|overview|report|portfolio|commands)/|app/)"
               "the UI kit knows no module")
  check_folder(${kit} "\"ui/[a-z]+\\.h\"" "the UI kit knows no module")
endforeach()
foreach(module ui/decision ui/review ui/drill ui/cost ui/overview ui/report ui/portfolio)
  check_folder(${module} "\"ui/shell/" "a module installs itself on the Workbench and never includes the shell")
endforeach()

# Not an include rule, but one of the same kind: the window changes the project only through
# the undo commands (ui/commands), never by calling Project's mutators itself.
function(check_calls folder regex reason)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    if(f MATCHES "/ui/commands/")
      continue()
    endif()
    file(STRINGS "${f}" lines REGEX "${regex}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
      string(STRIP "${line}" line)
      list(APPEND violations "${rel}: ${line} (${reason})")
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()
check_calls(ui "[Pp]roject(\\(\\))?(->|\\.)(template )?(insert|replace|remove|move|setInfo)[ \t]*(<[^>]*>)?[ \t]*\\("
            "the window changes the project through ui/commands, one undo step per change")

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "layering broken:\n  ${text}")
endif()
message(STATUS "layering: every include points down")
