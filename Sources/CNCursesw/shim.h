#ifndef GAZETTE_CNCURSESW_SHIM_H
#define GAZETTE_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects ncurses' mutable globals and cannot see its function-like macros:
   each is wrapped in a small inline function here. */

static inline WINDOW *gazette_stdscr(void) { return stdscr; }
static inline int gazette_lines(void) { return LINES; }
static inline int gazette_cols(void) { return COLS; }
static inline int gazette_color_pair(int n) { return COLOR_PAIR(n); }
static inline int gazette_ok(void) { return OK; }
static inline int gazette_err(void) { return ERR; }
static inline int gazette_key_code_yes(void) { return KEY_CODE_YES; }

#endif
