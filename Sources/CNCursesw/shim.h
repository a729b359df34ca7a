#ifndef GAZETTE_CNCURSESW_SHIM_H
#define GAZETTE_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects ncurses' mutable globals and cannot see its function-like macros:
   each is wrapped in a small inline function here. */

static inline WINDOW *gazette_stdscr(void) { return stdscr; }
static inline WINDOW *gazette_curscr(void) { return curscr; }
static inline int gazette_lines(void) { return LINES; }
static inline int gazette_cols(void) { return COLS; }
static inline int gazette_color_pair(int n) { return COLOR_PAIR(n); }
static inline int gazette_ok(void) { return OK; }
static inline int gazette_err(void) { return ERR; }
static inline int gazette_key_code_yes(void) { return KEY_CODE_YES; }

/* Standard streams for newterm (glibc's stdin/stdout globals are mutable C variables). */
static inline FILE *gazette_stdin(void) { return stdin; }
static inline FILE *gazette_stdout(void) { return stdout; }

/* Window size (getmaxyx is a macro). */
static inline int gazette_window_rows(WINDOW *window) { return getmaxy(window); }
static inline int gazette_window_columns(WINDOW *window) { return getmaxx(window); }

/* Attribute bits (built by the NCURSES_BITS macro). */
static inline attr_t gazette_attr_normal(void) { return A_NORMAL; }
static inline attr_t gazette_attr_bold(void) { return A_BOLD; }
static inline attr_t gazette_attr_dim(void) { return A_DIM; }
static inline attr_t gazette_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t gazette_attr_reverse(void) { return A_REVERSE; }

/* Column width of a wide character in the current locale, as ncurses measures it
   (glibc declares wcwidth only under _XOPEN_SOURCE, which the Swift overlay lacks). */
extern int wcwidth(wchar_t);
static inline int gazette_wcwidth(wchar_t c) { return wcwidth(c); }

/* The number of wide characters a cchar_t holds. */
static inline int gazette_ccharw_max(void) { return CCHARW_MAX; }

/* Fills a cchar_t from a null-terminated wide string; returns OK or ERR. */
static inline int gazette_setcchar(cchar_t *cell, const wchar_t *text, attr_t attributes, short pair) {
    return setcchar(cell, text, attributes, pair, NULL);
}

/* Mouse: the events the reader uses (the masks are macros), and getmouse reduced to a
   row, a column and a kind: 1 click, 2 double-click, 3 wheel up, 4 wheel down, 0 other. */
static inline int gazette_key_mouse(void) { return KEY_MOUSE; }
static inline void gazette_enable_mouse(int on) {
    mmask_t wanted = BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mousemask(on ? wanted : 0, NULL);
}
static inline int gazette_get_mouse(int *row, int *column, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *row = event.y;
    *column = event.x;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) *kind = 2;
    else if (event.bstate & BUTTON1_CLICKED) *kind = 1;
    else if (event.bstate & BUTTON4_PRESSED) *kind = 3;
#ifdef BUTTON5_PRESSED
    else if (event.bstate & BUTTON5_PRESSED) *kind = 4;
#endif
    else *kind = 0;
    return OK;
}

#endif
