# C types for the dictionary look-ups of tagging.py, read by Cython when the build compiles it
# (an "augmenting .pxd"; see hatch_build.py).  tagging.py stays the one implementation.
cimport cython

@cython.locals(stop=Py_ssize_t, j=Py_ssize_t, node=cython.longlong, t=cython.int, tag_of="const unsigned char[:]")
cpdef tuple pos_at(str text, Py_ssize_t i, Py_ssize_t longest=*)

@cython.locals(n=Py_ssize_t, k=Py_ssize_t, j=Py_ssize_t, e=Py_ssize_t, node=cython.longlong,
               logtotal=double, best=double, s=double, lf=double, v=double, known=bint,
               score=list, nxt=list, ends=list, out=list, cps=list,
               logf_of="const double[:]", tag_of="const unsigned char[:]")
cpdef list _route(str block, d)
