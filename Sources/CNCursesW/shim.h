#ifndef FLIGHTDECK_CNCURSESW_SHIM_H
#define FLIGHTDECK_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so ask for the wide-character API explicitly.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Swift 6 treats these C globals and macros as unsafe or does not import them.
static inline WINDOW *fd_stdscr(void) { return stdscr; }
static inline int fd_lines(void) { return LINES; }
static inline int fd_cols(void) { return COLS; }
static inline attr_t fd_attr_bold(void) { return A_BOLD; }
static inline attr_t fd_attr_reverse(void) { return A_REVERSE; }
static inline attr_t fd_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t fd_attr_dim(void) { return A_DIM; }
static inline attr_t fd_attr_normal(void) { return A_NORMAL; }
static inline int fd_colors(void) { return COLORS; }
static inline int fd_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *fd_stdin(void) { return stdin; }
static inline FILE *fd_stdout(void) { return stdout; }
#endif
