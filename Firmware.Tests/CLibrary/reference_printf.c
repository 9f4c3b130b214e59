/*
 * The C library's printf as a reference for Firmware's Doprint tests.
 *
 * Reads one case per line on stdin: "f<hex>" (the format's bytes), then up to MAX_ARGUMENTS arguments, each
 * "i<decimal>" (an integer, already widened by the caller to what the conversion reads on x86-64)
 * or "s<hex>" (a string's bytes). Writes one line per case: the bytes snprintf produced, in hex.
 *
 * Every argument is passed as one 64-bit value (pointers converted), which is how the x86-64
 * calling convention passes int, long and pointer arguments alike; unused ones are ignored.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGUMENTS 16
#define OUTPUT_SIZE (1 << 16)

static char *from_hex(const char *hex)
{
    size_t length = strlen(hex) / 2;
    char *bytes = calloc(length + 1, 1);
    for (size_t i = 0; i < length; i++) {
        unsigned int byte;
        sscanf(hex + 2 * i, "%2x", &byte);
        bytes[i] = (char)byte;
    }
    return bytes;
}

int main(void)
{
    static char line[1 << 20];
    static char output[OUTPUT_SIZE];

    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';

        char *format = NULL;
        char *strings[MAX_ARGUMENTS] = { 0 };
        uint64_t values[MAX_ARGUMENTS] = { 0 };
        int count = 0;

        for (char *token = strtok(line, " "); token != NULL; token = strtok(NULL, " ")) {
            if (format == NULL && token[0] == 'f') {
                format = from_hex(token + 1);
            } else if (count < MAX_ARGUMENTS && token[0] == 'i') {
                values[count++] = (uint64_t)strtoll(token + 1, NULL, 10);
            } else if (count < MAX_ARGUMENTS && token[0] == 's') {
                strings[count] = from_hex(token + 1);
                values[count] = (uint64_t)(uintptr_t)strings[count];
                count++;
            } else {
                fprintf(stderr, "bad token: %s\n", token);
                return 2;
            }
        }
        if (format == NULL) {
            fprintf(stderr, "empty case\n");
            return 2;
        }

        int length = snprintf(output, sizeof output, format,
                              values[0], values[1], values[2], values[3],
                              values[4], values[5], values[6], values[7],
                              values[8], values[9], values[10], values[11],
                              values[12], values[13], values[14], values[15]);
        for (int i = 0; i < length && i < OUTPUT_SIZE - 1; i++) {
            printf("%02x", (unsigned char)output[i]);
        }
        putchar('\n');

        free(format);
        for (int i = 0; i < MAX_ARGUMENTS; i++) {
            free(strings[i]);
        }
    }
    return 0;
}
