# C types for the position loop of scan.py (an augmenting .pxd; see hatch_build.py).
cimport cython

@cython.locals(got=list, stop=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, ks=tuple)
cpdef tuple _lists_at(str text, dict lists, Py_ssize_t longest, Py_ssize_t pos)
