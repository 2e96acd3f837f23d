/*
 * Uploads a film in pieces to /api/v1/video-uploads, showing progress, so no request is larger than the server takes
 * and a broken connection costs one piece: the upload resumes where the server says it stopped, also after choosing
 * the same file again later. When the last piece is in, the upload's id goes into the form that publishes it.
 */
(function () {
    'use strict';

    var RETRIES = 6;

    function init() {
        var input = document.getElementById('film');
        if (!input) {
            return;
        }
        var api = input.getAttribute('data-api');
        var maxBytes = Number(input.getAttribute('data-max-bytes'));
        var status = document.getElementById('uploadStatus');
        var uploadId = document.getElementById('upload:uploadId');
        var publish = document.getElementById('upload:publish');
        var cancel = document.getElementById('cancelUpload');
        var current = null;

        var shown = -1;

        function progress(percent) {
            var bar = window.PF && PF('uploadProgress');
            var value = Math.min(100, Math.floor(percent));
            if (bar && value !== shown) {
                shown = value;
                // at once, without the widget's animation: queued animations would lag behind the upload
                bar.jqValue.stop(true);
                bar.setValue(value, 0);
            }
        }

        function say(text, failed) {
            status.textContent = text;
            status.className = 'agora-small' + (failed ? ' agora-upload-failed' : '');
        }

        function megabytes(bytes) {
            return (bytes / 1048576).toFixed(1) + ' MB';
        }

        function resumeKey(file) {
            return 'agora.video-upload:' + file.name + ':' + file.size + ':' + file.lastModified;
        }

        /** One request; resolves with the XMLHttpRequest whatever its status, rejects when the network failed. */
        function send(method, url, body, headers, onProgress) {
            return new Promise(function (resolve, reject) {
                var xhr = new XMLHttpRequest();
                xhr.open(method, url);
                xhr.setRequestHeader('Accept', 'application/json');
                Object.keys(headers || {}).forEach(function (name) {
                    xhr.setRequestHeader(name, headers[name]);
                });
                if (onProgress) {
                    xhr.upload.onprogress = onProgress;
                }
                xhr.onload = function () {
                    resolve(xhr);
                };
                xhr.onerror = xhr.onabort = xhr.ontimeout = function () {
                    reject(new Error('network'));
                };
                if (current) {
                    current.xhr = xhr;
                }
                xhr.send(body);
            });
        }

        function problem(xhr) {
            try {
                return JSON.parse(xhr.responseText).detail || ('The server answered ' + xhr.status + '.');
            } catch (e) {
                return 'The server answered ' + xhr.status + '.';
            }
        }

        function wait(seconds) {
            return new Promise(function (resolve) {
                setTimeout(resolve, seconds * 1000);
            });
        }

        /** An upload of this file that the server still has, or a new one. */
        function open(file) {
            var known = localStorage.getItem(resumeKey(file));
            var resumed = known ? send('HEAD', api + '/video-uploads/' + encodeURIComponent(known)).then(function (xhr) {
                return xhr.status === 200
                    ? {id: known, offset: Number(xhr.getResponseHeader('Upload-Offset')), piece: 8 * 1048576} : null;
            }, function () {
                return null;
            }) : Promise.resolve(null);
            return resumed.then(function (upload) {
                if (upload) {
                    return upload;
                }
                return send('POST', api + '/video-uploads?name=' + encodeURIComponent(file.name) + '&size=' + file.size)
                    .then(function (xhr) {
                        if (xhr.status !== 201) {
                            throw new Error(problem(xhr));
                        }
                        var started = JSON.parse(xhr.responseText);
                        localStorage.setItem(resumeKey(file), started.id);
                        return {id: started.id, offset: 0, piece: started.pieceBytes};
                    });
            });
        }

        function sendPieces(file, upload, retries) {
            if (current === null || current.cancelled) {
                return Promise.resolve(false);
            }
            if (upload.offset >= file.size) {
                return Promise.resolve(true);
            }
            var end = Math.min(file.size, upload.offset + upload.piece);
            var url = api + '/video-uploads/' + encodeURIComponent(upload.id);
            return send('PUT', url, file.slice(upload.offset, end),
                {'Upload-Offset': String(upload.offset), 'Content-Type': 'application/octet-stream'},
                function (event) {
                    progress((upload.offset + event.loaded) * 100 / file.size);
                    say('Uploading ' + file.name + ': ' + megabytes(upload.offset + event.loaded) + ' of '
                        + megabytes(file.size));
                })
                .then(function (xhr) {
                    if (xhr.status === 200 || xhr.status === 409) {
                        // 409: the server has a different count (a piece arrived twice); continue from its count
                        upload.offset = Number(xhr.getResponseHeader('Upload-Offset'));
                        progress(upload.offset * 100 / file.size);
                        return sendPieces(file, upload, RETRIES);
                    }
                    if (xhr.status === 429) {
                        return wait(Number(xhr.getResponseHeader('Retry-After')) || 5)
                            .then(function () {
                                return sendPieces(file, upload, retries);
                            });
                    }
                    // refused for good (not a video, too long): what arrived is of no use, so it goes
                    send('DELETE', url).catch(function () {
                    });
                    localStorage.removeItem(resumeKey(file));
                    throw new Error(problem(xhr));
                }, function () {
                    if (current === null || current.cancelled || retries === 0) {
                        throw new Error('The connection broke. Choose the same file again to continue where it stopped.');
                    }
                    say('The connection broke; trying again…', true);
                    return wait(RETRIES - retries + 1).then(function () {
                        return send('HEAD', url).then(function (xhr) {
                            upload.offset = Number(xhr.getResponseHeader('Upload-Offset')) || upload.offset;
                            return sendPieces(file, upload, retries - 1);
                        }, function () {
                            return sendPieces(file, upload, retries - 1);
                        });
                    });
                });
        }

        input.addEventListener('change', function () {
            var file = input.files[0];
            if (!file) {
                return;
            }
            if (file.size > maxBytes) {
                say(file.name + ' is ' + megabytes(file.size) + '; a video can be at most '
                    + input.getAttribute('data-max-size') + '.', true);
                return;
            }
            current = {file: file, cancelled: false};
            uploadId.value = '';
            publish.disabled = true;
            cancel.hidden = false;
            progress(0);
            say('Starting the upload of ' + file.name + '…');
            var upload = null;
            open(file).then(function (opened) {
                upload = opened;
                current.id = upload.id;
                return sendPieces(file, upload, RETRIES);
            }).then(function (done) {
                if (!done) {
                    return;
                }
                localStorage.removeItem(resumeKey(file));
                uploadId.value = upload.id;
                progress(100);
                say('Uploaded ' + file.name + ' (' + megabytes(file.size) + '). Give it a title and publish it.');
                cancel.hidden = true;
                current = null;
            }).catch(function (error) {
                say(error.message, true);
            }).then(function () {
                publish.disabled = false;
            });
        });

        cancel.addEventListener('click', function () {
            if (!current) {
                return;
            }
            current.cancelled = true;
            if (current.xhr) {
                current.xhr.abort();
            }
            if (current.id) {
                send('DELETE', api + '/video-uploads/' + encodeURIComponent(current.id)).catch(function () {
                });
            }
            localStorage.removeItem(resumeKey(current.file));
            current = null;
            input.value = '';
            uploadId.value = '';
            progress(0);
            cancel.hidden = true;
            say('The upload was cancelled.');
        });

        if (uploadId.value) {
            // the page came back with a refusal: the film is still there, only the rest needs fixing
            window.addEventListener('load', function () {
                progress(100);
            });
        }
    }

    document.addEventListener('DOMContentLoaded', init);
})();
