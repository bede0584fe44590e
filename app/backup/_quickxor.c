/* quickXorHash's inner loop at C speed: XOR-fold bytes into the 160-byte row.
 *
 * Byte i of a file lands at bit offset (11 * i) mod 160 of the register, so bytes 160
 * apart land on the same offset: quickxor.py XOR-folds the input into one 160-byte row
 * and spreads the row over the register once, at the end. This module does the folding
 * only, 8 bytes at a time (XOR is byte-wise, so the machine's byte order does not
 * matter), with the interpreter lock released: a download thread and a hashing thread
 * run side by side. Everything else about the hash stays in quickxor.py, which falls
 * back to its own pure-Python folding where this module was not built.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define ROW 160
#define WORDS (ROW / 8)
#define RELEASE_AT 16384 /* bytes from which the lock is worth letting go */

static void
fold_into(unsigned char *row, Py_ssize_t phase, const unsigned char *data, Py_ssize_t len)
{
    Py_ssize_t i = 0;
    Py_ssize_t lead = (ROW - phase) % ROW; /* bytes until the input lines up with the row */
    if (lead > len) {
        lead = len;
    }
    for (; i < lead; i++) {
        row[phase + i] ^= data[i];
    }
    if (len - i >= ROW) {
        uint64_t acc[WORDS], word[WORDS];
        int k;
        memcpy(acc, row, ROW);
        for (; len - i >= ROW; i += ROW) {
            memcpy(word, data + i, ROW); /* no alignment assumed */
            for (k = 0; k < WORDS; k++) {
                acc[k] ^= word[k];
            }
        }
        memcpy(row, acc, ROW);
    }
    for (Py_ssize_t k = 0; i < len; i++, k++) {
        row[k] ^= data[i];
    }
}

PyDoc_STRVAR(fold_doc,
"fold(row, phase, data)\n--\n\n"
"XOR ``data`` into the 160-byte ``row`` (a bytearray), its first byte at row[phase];\n"
"returns the number of bytes folded.");

static PyObject *
fold(PyObject *module, PyObject *args)
{
    Py_buffer row, data;
    Py_ssize_t phase;
    if (!PyArg_ParseTuple(args, "w*ny*:fold", &row, &phase, &data)) {
        return NULL;
    }
    if (row.len != ROW || phase < 0 || phase >= ROW) {
        PyBuffer_Release(&row);
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "fold needs a 160-byte row and 0 <= phase < 160");
        return NULL;
    }
    if (data.len >= RELEASE_AT) {
        Py_BEGIN_ALLOW_THREADS
        fold_into(row.buf, phase, data.buf, data.len);
        Py_END_ALLOW_THREADS
    } else {
        fold_into(row.buf, phase, data.buf, data.len);
    }
    Py_ssize_t folded = data.len;
    PyBuffer_Release(&row);
    PyBuffer_Release(&data);
    return PyLong_FromSsize_t(folded);
}

static PyMethodDef methods[] = {
    {"fold", fold, METH_VARARGS, fold_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_quickxor",
    "quickXorHash's folding loop in C (see quickxor.py).", -1, methods,
};

PyMODINIT_FUNC
PyInit__quickxor(void)
{
    return PyModule_Create(&module);
}
