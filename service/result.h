/* One result convention for the whole code base: 0 is success, a negative
 * value is failure. Fallible functions are marked MUST_CHECK so a forgotten
 * check is a compile error under -Werror. */
#ifndef CACD_RESULT_H
#define CACD_RESULT_H

enum result {
	RESULT_OK = 0,
	RESULT_ERROR = -1,
};

#define MUST_CHECK __attribute__((warn_unused_result))
#define PRINTF_LIKE(format_index, first_arg) \
	__attribute__((format(printf, format_index, first_arg)))

#define ARRAY_LENGTH(array) (sizeof(array) / sizeof((array)[0]))

#endif
