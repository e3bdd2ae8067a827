#ifndef CLIBICAL_SHIM_H
#define CLIBICAL_SHIM_H

// libical's amalgamated header; pkg-config adds no -I, so include it by its folder.
#include <libical/ical.h>

// Swift imports the `icalerrno` macro as nothing; this reads the thread-local error state.
static inline icalerrorenum CLibical_errno(void) { return *icalerrno_return(); }

// Resets the thread-local error state before a call whose outcome we check.
static inline void CLibical_clear_errno(void) { *icalerrno_return() = ICAL_NO_ERROR; }

#endif
