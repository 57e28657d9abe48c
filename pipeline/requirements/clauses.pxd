# C types for clauses.py's loops over positions (an augmenting .pxd; see hatch_build.py).
cimport cython

cpdef tuple _trim(str text, Py_ssize_t start, Py_ssize_t end, str trail=*)

@cython.locals(out=list, pos=Py_ssize_t, a=Py_ssize_t, b=Py_ssize_t)
cpdef list clauses(str masked, Py_ssize_t start, Py_ssize_t end)
