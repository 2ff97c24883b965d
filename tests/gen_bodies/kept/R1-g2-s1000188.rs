// finding: R1-cancel-in-teardown-goes-on+R7-cancel-in-try-join
// seed: 1000188
// expect `take 1 mid 1 cancel` => item 26 gaveup w29x w30x t27 w28- t27. t35 w36- t35. cancel
// expect `take 1 mid 2 cancel` => item 26 w29- w30x t27 gaveup w28- t27. t35 w36- t35. cancel
// expect `take 1 mid 3 cancel` => item 26 w29- w30x t27 gaveup w28- t27. t35 w36- t35. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t35");
        W::new(&ctx, 36, 1).await;
        ctx.log("t35.");
    }
    if ctx.ch(1, 0b0, 1) {
        yield_!(2);
        {
            teardown! {
                ctx.log("t4");
                ctx.log("t4.");
            }
            yield_!(5);
            match ctx.pick(6, 0, 2) {
                0 => {
                    futures::join!(W::new(&ctx, 7, 0), W::new(&ctx, 8, 2), async { W::new(&ctx, 9, 1).await; ctx.log("j9"); });
                    yield_!(10);
                    W::new(&ctx, 11, 2).await;
                    W::new(&ctx, 12, 1).await;
                }
                _ => {
                    yield_!(13);
                    ctx.log("s14");
                    teardown! {
                        ctx.log("t15");
                        ctx.log("t15.");
                    }
                    teardown! {
                        ctx.log("t16");
                        W::new(&ctx, 17, 0).await;
                        ctx.log("t16.");
                    }
                    ctx.log("s18");
                }
            }
        }
        if ctx.ch(19, 0b11, 3) {
            W::new(&ctx, 20, 2).await;
        } else {
            W::new(&ctx, 21, 3).await;
        }
        teardown! {
            ctx.log("t22");
            ctx.log("t22.");
        }
        ctx.log("s23");
    } else {
        let b24: u32 = 'l24: {
            {
                yield_!(26);
                teardown! {
                    ctx.log("t27");
                    W::new(&ctx, 28, 2).await;
                    ctx.log("t27.");
                }
                let _ = tokio::try_join!(W::new(&ctx, 29, 1).fail(29), W::new(&ctx, 30, 2).ok());
            }
            let mut c31 = 0;
            'l31: loop {
                c31 += 1;
                if c31 > 0 { break; }
                teardown! {
                    ctx.log("t32");
                    W::new(&ctx, 33, 0).await;
                    ctx.log("t32.");
                }
                W::new(&ctx, 34, 2).await;
            }
            16
        };
        ctx.log(format!("b24={b24}"));
    }
    return;
}
