; Included by electron-builder's NSIS installer (electron-builder.config.mjs, nsis.include).
; Adds "Open as Docent deck" to folders in Explorer, for the current user, and removes it on uninstall.
!macro customInstall
  WriteRegStr HKCU "Software\Classes\Directory\shell\Docent" "" "Open as Docent deck"
  WriteRegStr HKCU "Software\Classes\Directory\shell\Docent" "Icon" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr HKCU "Software\Classes\Directory\shell\Docent\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey HKCU "Software\Classes\Directory\shell\Docent"
!macroend
